// Hostile input, through the Engine that bin/helpbridge.mjs runs (wasm core +
// onnxruntime-web) and through the command line's `check -`: invalid UTF-8,
// lone surrogates, NUL bytes, 1 MB and 10 MB texts, emoji floods, zero-width
// and bidi floods, stacked combining marks, mixed scripts, empty text, and
// 10,000 checks fired without awaiting. Each case has a defined answer; none
// crashes; the wasm heap stays bounded (the core keeps the last 4,096 code
// points, src/text/limits.h).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { before, test } from 'node:test';
import * as ort from 'onnxruntime-web';
import { Engine } from '../../dist/engine.js';
import { root } from '../support/paths.mjs';

ort.env.logLevel = 'error';
const engine = await Engine.load({ ort });
const cli = path.join(root, 'bin/helpbridge.mjs');

const CRISIS = 'I want to end my life';
const FILLER = 'the weather was fine and we talked about the garden. ';
// What pads the long texts whose end must be read: the model averages the
// features of the kept 4,096 code points, so a calm tail that long dilutes one
// sentence (models/MODEL_CARD.md, Limits); padding without words isolates what
// these tests are about, the cut.
const PADDING = '  . ';
const MB = 1024 * 1024;
// A mix of everyday emoji (one emoji alone can mislead the model: see the report of issue #7).
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '😂', '🔥', '😭', '💀', '😡', '🎉'];

const heapBytes = () => engine.core.native.HEAPU8.buffer.byteLength;
const utf8 = (text) => new Uint8Array(Buffer.from(text, 'utf8'));
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
const interleave = (text, separator) => [...text].join(separator);

/** Decides without context (each case on its own) and times it. */
async function decide(text) {
  const started = performance.now();
  const decision = await engine.check(text, false);
  return { ...decision, ms: performance.now() - started };
}

function assertUrgentSuicidal(decision, what) {
  assert.equal(decision.level, 'urgent', `${what}: level`);
  assert.equal(decision.category, 'suicidal_ideation', `${what}: category`);
}

function assertQuiet(decision, what) {
  assert.equal(decision.level, 'none', `${what}: level`);
  assert.equal(decision.category, null, `${what}: category`);
}

// Generous bounds: the machine is shared; a correct run takes milliseconds.
const MAX_CHECK_MS = 3000;

let heapBefore;
let rssBefore;
before(async () => {
  await decide(CRISIS); // warm up: the model's first run allocates its buffers
  heapBefore = heapBytes();
  rssBefore = process.memoryUsage().rss;
});

test('invalid UTF-8 bytes: replaced, never a crash; a crisis sentence among them is still found', async () => {
  const garbage = [0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xc0, 0xaf, 0xf8, 0x88, 0x80, 0x80, 0x80];
  assertQuiet(await decide(new Uint8Array(garbage)), 'garbage bytes');
  assertQuiet(await decide(new Uint8Array([0xc0, 0xaf, 0xe0, 0x80, 0xaf])), 'overlong encodings');
  assertQuiet(await decide(new Uint8Array([0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80])), 'surrogates encoded in UTF-8');
  const around = Buffer.concat([Buffer.from([0xff, 0xc3]), Buffer.from(` ${CRISIS} `), Buffer.from([0xed, 0xa0, 0x80, 0xfe])]);
  assertUrgentSuicidal(await decide(new Uint8Array(around)), 'crisis among invalid bytes');
  const truncated = Buffer.concat([Buffer.from(CRISIS), Buffer.from([0xe2, 0x82])]); // a cut-off € at the end
  assertUrgentSuicidal(await decide(new Uint8Array(truncated)), 'crisis before a truncated sequence');
});

test('lone UTF-16 surrogates from JavaScript: replaced; the sentence is still read', async () => {
  assertUrgentSuicidal(await decide(`${CRISIS}\uD800`), 'a trailing high surrogate');
  assertUrgentSuicidal(await decide(`\uDFFF${CRISIS}\uDBFF`), 'surrogates on both sides');
  assertQuiet(await decide('\uDC00'.repeat(100_000)), '100,000 lone low surrogates');
  assertQuiet(await decide('\uD83D'.repeat(100_000)), '100,000 lone high surrogates');
  // A long text whose kept end would start inside a surrogate pair: the half is dropped.
  const pairs = '🌍'.repeat(4000);
  const cut = await decide(`xy${pairs}${CRISIS}`);
  assertUrgentSuicidal(cut, 'a cut inside a surrogate pair');
});

test('NUL bytes separate words and never end the text early', async () => {
  assertUrgentSuicidal(await decide(`I want to\0end my life`), 'NUL between words');
  assertUrgentSuicidal(await decide(`\0\0${CRISIS}\0\0`), 'NULs around');
  assertUrgentSuicidal(await decide(utf8(`\0hello\0 ${CRISIS}`)), 'NUL as bytes before the sentence');
  assertQuiet(await decide('\0'.repeat(MB)), '1 MB of NULs');
  assertQuiet(await decide(new Uint8Array(MB)), '1 MB of zero bytes');
});

for (const size of [1, 10]) {
  test(`a ${size} MB text: its end is read, its start is not, in bounded time and memory`, async () => {
    const body = fill(PADDING, size * MB);
    const atEnd = await decide(`${body}${CRISIS}`);
    assertUrgentSuicidal(atEnd, `crisis at the end of ${size} MB`);
    const atStart = await decide(`${CRISIS}. ${body}`);
    assertQuiet(atStart, `crisis at the start of ${size} MB`);
    const asBytes = await decide(utf8(`${body}${CRISIS}`));
    assertUrgentSuicidal(asBytes, `crisis at the end of ${size} MB of bytes`);
    assertQuiet(await decide(utf8(`${CRISIS}. ${body}`)), `crisis at the start of ${size} MB of bytes`);
    for (const { ms } of [atEnd, atStart, asBytes]) assert.ok(ms < MAX_CHECK_MS, `${ms.toFixed(0)} ms`);
    assert.ok(heapBytes() <= heapBefore + 2 * MB, `wasm heap ${heapBytes()} bytes after ${size} MB`);
  });
}

test('100,000 emoji: bounded, the same answer as their last 4,096, and a crisis after them is found', async () => {
  const flood = Array.from({ length: 100_000 }, (_, i) => EMOJI[i % EMOJI.length]).join('');
  const decision = await decide(flood);
  assertQuiet(decision, '100,000 mixed emoji');
  assert.ok(decision.ms < MAX_CHECK_MS, `${decision.ms.toFixed(0)} ms`);
  assertUrgentSuicidal(await decide(`${flood} ${CRISIS}`), 'crisis after the emoji');
  assertQuiet(await decide(`${CRISIS} ${flood}`), 'crisis before 100,000 emoji (beyond the kept end)');
  // Whatever the model makes of one emoji repeated, a flood is never read as
  // more than a few of them, and never costs more.
  for (const emoji of ['😀', '🙏', '❤️']) {
    const many = await decide(emoji.repeat(100_000));
    const few = await decide(emoji.repeat(5));
    assert.equal(many.level, few.level, `${emoji} x 100,000 vs x 5`);
    assert.equal(many.category, few.category, `${emoji} x 100,000 vs x 5`);
    assert.ok(many.ms < MAX_CHECK_MS);
  }
});

test('zero-width and bidi-override floods: quiet and bounded; between letters they hide nothing', async () => {
  const zeroWidth = '\u200B\u200C\u200D\u2060\uFEFF\u00AD';
  const bidi = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F';
  for (const [name, characters] of [['zero-width', zeroWidth], ['bidi', bidi]]) {
    const flood = await decide(fill(characters, MB));
    assertQuiet(flood, `1 MB of ${name} characters`);
    assert.ok(flood.ms < MAX_CHECK_MS, `${flood.ms.toFixed(0)} ms`);
  }
  assertUrgentSuicidal(await decide(interleave(CRISIS, '\u200B')), 'a zero-width space between every letter');
  assertUrgentSuicidal(await decide(interleave(CRISIS, zeroWidth)), 'six zero-width characters between every letter');
  assertUrgentSuicidal(await decide(interleave(CRISIS, '\u202E')), 'a right-to-left override between every letter');
  assertUrgentSuicidal(await decide(`\u202E\u2066${CRISIS}\u2069\u202C`), 'bidi controls around');
  assertUrgentSuicidal(await decide(`${fill(zeroWidth, MB)}${CRISIS}`), 'after 1 MB of zero-width characters');
});

test('stacked combining marks: thousands on one letter are bounded and hide nothing after them', async () => {
  const stacked = `e${'\u0301'.repeat(10_000)}`;
  const alone = await decide(stacked);
  assertQuiet(alone, '10,000 marks on one letter');
  assert.ok(alone.ms < MAX_CHECK_MS, `${alone.ms.toFixed(0)} ms`);
  assertQuiet(await decide(`a${'\u0300\u0301\u0302\u0303\u0308\u0327\u20DD'.repeat(5000)}`), '35,000 mixed marks');
  assertUrgentSuicidal(await decide(`e${'\u0301'.repeat(3000)} ${CRISIS}`), 'crisis after 3,000 marks');
  assertQuiet(await decide(utf8(`e${'\u0301'.repeat(100_000)}`)), '100,000 marks as bytes');
  // "Zalgo" text: marks stacked on every letter of the sentence hide nothing.
  const zalgo = [...CRISIS].map((c) => (/\p{L}/u.test(c) ? `${c}\u0337\u0322\u0358` : c)).join('');
  assertUrgentSuicidal(await decide(zalgo), 'three marks on every letter');
});

test('mixed scripts: greetings stay quiet; look-alike letters and scripts around a crisis hide nothing', async () => {
  assertQuiet(await decide('hello привет 你好 مرحبا שלום नमस्ते สวัสดี γειά σου こんにちは 안녕하세요'), 'greetings in ten scripts');
  assertUrgentSuicidal(await decide('І wаnt tо еnd my lifе'), 'Cyrillic look-alike letters');
  assertUrgentSuicidal(await decide(`привет 你好 ${CRISIS}`), 'other scripts before the sentence');
  assertUrgentSuicidal(await decide(`${CRISIS} مرحبا`), 'Arabic after the sentence');
});

test('empty and whitespace-only text: level none, no model run needed', async () => {
  for (const text of ['', ' ', '\t\n\r', '\u00A0\u2003\u3000', ' '.repeat(MB), new Uint8Array(0)]) {
    const decision = await decide(text);
    assertQuiet(decision, JSON.stringify(typeof text === 'string' ? text.slice(0, 8) : 'no bytes'));
    assert.equal(decision.source, 'lexicon', 'the model has nothing to read');
  }
});

test('not a string or bytes: a clear TypeError, and the engine goes on', async () => {
  for (const value of [null, undefined, 42, {}, ['text'], new Uint16Array(2)]) {
    await assert.rejects(engine.check(value, false), (error) =>
      error instanceof TypeError && /must be a string or a Uint8Array/.test(error.message));
  }
  assertUrgentSuicidal(await decide(CRISIS), 'after the rejected calls');
});

test('10,000 checks fired without awaiting: all resolve, each with the answer for its own text', async () => {
  const texts = [
    CRISIS, 'what a lovely day', 'I am going to kill myself tonight', 'this homework is killing me lol',
    'i cut myself again last night and i cant stop', 'how do I kill a zombie process in linux',
    'quiero quitarme la vida', 'see you tomorrow at the cafe', '', `${fill(FILLER, 64 * 1024)}${CRISIS}`,
  ];
  const expected = [];
  for (const text of texts) expected.push(await engine.check(text, false));
  assert.ok(expected.some((d) => d.level === 'urgent') && expected.some((d) => d.level === 'none'), 'a mix of answers');

  const started = performance.now();
  const pending = Array.from({ length: 10_000 }, (_, i) => engine.check(texts[i % texts.length], false));
  const settled = await Promise.allSettled(pending);
  const ms = performance.now() - started;
  console.log(`# 10,000 unawaited checks settled in ${ms.toFixed(0)} ms`);
  settled.forEach((result, i) => {
    assert.equal(result.status, 'fulfilled', `check ${i}: ${result.reason?.message}`);
    const want = expected[i % texts.length];
    assert.deepEqual([result.value.level, result.value.category, result.value.source], [want.level, want.category, want.source],
      `check ${i} (${JSON.stringify(texts[i % texts.length].slice(-30))})`);
  });
  assert.ok(heapBytes() <= heapBefore + 2 * MB, `wasm heap ${heapBytes()} bytes`);
});

test('memory: after every case above, the wasm heap has not grown with the input', () => {
  const heapAfter = heapBytes();
  const rssAfter = process.memoryUsage().rss;
  console.log(`# wasm heap ${heapBefore} -> ${heapAfter} bytes; process RSS ${(rssBefore / MB).toFixed(0)} -> ${(rssAfter / MB).toFixed(0)} MB`);
  assert.ok(heapAfter <= heapBefore + 2 * MB, `the wasm heap grew from ${heapBefore} to ${heapAfter} bytes`);
  // RSS holds the test's own 10 MB strings and V8's garbage; the bound catches a copy per check.
  assert.ok(rssAfter - rssBefore < 400 * MB, `process RSS grew by ${((rssAfter - rssBefore) / MB).toFixed(0)} MB`);
});

// ---- the command line: `check -` answers any bytes with one JSON object ----

const CLI_TIMEOUT_MS = 30_000; // a loaded 2-core machine; a run takes about 1.5 s

function checkFromStdin(input) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, 'check', '-'], { input, timeout: CLI_TIMEOUT_MS, maxBuffer: MB });
  const ms = performance.now() - started;
  assert.equal(run.error, undefined, `the CLI did not finish: ${run.error?.message}`);
  assert.equal(run.status, 0, run.stderr.toString());
  const lines = run.stdout.toString().trim().split('\n');
  assert.equal(lines.length, 1, 'one line');
  const out = JSON.parse(lines[0]);
  assert.ok(['none', 'support', 'urgent'].includes(out.level));
  return { ...out, ms };
}

const CLI_CASES = [
  ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xc0, 0xaf]), 'none'],
  ['invalid UTF-8 around a crisis sentence', Buffer.concat([Buffer.from([0xff]), Buffer.from(CRISIS), Buffer.from([0xc3])]), 'urgent'],
  ['NUL bytes', Buffer.from(`\0I want to\0end my life\0`), 'urgent'],
  ['10 MB with the crisis at the end', Buffer.from(`${fill(PADDING, 10 * MB)}${CRISIS}`), 'urgent'],
  ['10 MB with the crisis at the start', Buffer.from(`${CRISIS}. ${fill(PADDING, 10 * MB)}`), 'none'],
  ['100,000 emoji', Buffer.from(Array.from({ length: 100_000 }, (_, i) => EMOJI[i % EMOJI.length]).join('')), 'none'],
  ['zero-width characters between the letters', Buffer.from(interleave(CRISIS, '\u200B\u200D')), 'urgent'],
  ['a bidi-override flood', Buffer.from(fill('\u202E\u2066\u2069', MB)), 'none'],
  ['10,000 combining marks on one letter', Buffer.from(`e${'\u0301'.repeat(10_000)}`), 'none'],
  ['mixed scripts', Buffer.from('hello привет 你好 مرحبا שלום नमस्ते'), 'none'],
  ['empty input', Buffer.alloc(0), 'none'],
  ['whitespace only', Buffer.from(' \t\r\n\u3000 '), 'none'],
];

for (const [name, input, level] of CLI_CASES) {
  test(`CLI check -: ${name} -> ${level}, one JSON object within seconds`, () => {
    const out = checkFromStdin(input);
    assert.equal(out.level, level);
    if (level === 'urgent') assert.equal(out.category, 'suicidal_ideation');
    assert.ok(out.ms < CLI_TIMEOUT_MS);
  });
}
