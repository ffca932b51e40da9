// The bench's messages, generated at bench time from the project's own written
// text (models/train/written/*.jsonl, 20 languages): each message starts at a
// random row and runs on through the following rows of the same language until
// it reaches a length drawn from a log-normal distribution (median 100
// characters, sigma 1), kept within 10..2,000 characters. A fixed seed makes
// every run measure the same messages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WRITTEN = path.join(root, 'models/train/written');

export const LENGTH = { median: 100, sigma: 1, min: 10, max: 2000 };

/** mulberry32: a small seeded generator, so the messages are the same every run. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random) {
  // Box–Muller; 1 - random() keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Rows of written text per language. */
function writtenText() {
  return readdirSync(WRITTEN).filter((f) => f.endsWith('.jsonl')).sort()
    .map((f) => readFileSync(path.join(WRITTEN, f), 'utf8').trim().split('\n').map((line) => JSON.parse(line).text));
}

/** count messages; their lengths are in code points (a surrogate pair is never split). */
export function generateMessages(count, seed = 6) {
  const random = seeded(seed);
  const languages = writtenText();
  const rows = languages.flatMap((texts, lang) => texts.map((_, row) => [lang, row]));
  const messages = [];
  for (let i = 0; i < count; i++) {
    const wanted = Math.round(Math.min(LENGTH.max, Math.max(LENGTH.min, LENGTH.median * Math.exp(LENGTH.sigma * gaussian(random)))));
    let [lang, row] = rows[Math.floor(random() * rows.length)];
    const texts = languages[lang];
    const parts = [];
    let length = 0;
    while (length < wanted) {
      const text = Array.from(texts[row]);
      parts.push(...(parts.length ? [' '] : []), ...text);
      length = parts.length;
      row = (row + 1) % texts.length;
    }
    messages.push(parts.slice(0, wanted).join(''));
  }
  return messages;
}

/** Short English messages for the typing session, written as everyday chat (label no_crisis). */
export function typingMessages(count) {
  return readFileSync(path.join(WRITTEN, 'en.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line))
    .filter((row) => row.label === 'no_crisis' && row.text.length >= 20 && row.text.length <= 80)
    .slice(0, count).map((row) => row.text);
}
