// Measures the trained model through the real inference path (the CLI's eval:
// wasm core + onnxruntime-web) on the dev split that train.py wrote to
// build/dev/, beside the keyword baseline, and on evasion variants of the dev
// positives. Writes the figures into models/manifest.json ("metrics") and the
// table into models/MODEL_CARD.md (between the METRICS markers).
//
//   node models/train/report.mjs            (npm run train runs it after train.py)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const devDir = path.join(root, 'build/dev');
const cli = path.join(root, 'bin/helpbridge.mjs');

function evalFile(file, lexiconOnly = false) {
  const args = [cli, 'eval', file, ...(lexiconOnly ? ['--lexicon-only'] : [])];
  return JSON.parse(execFileSync('node', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 }));
}

// Deterministic evasions of a text, as people write them to get past filters.
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5' };
const HOMOGLYPH = { a: 'а', e: 'е', o: 'о', c: 'с', p: 'р', i: 'і' }; // Cyrillic look-alikes
function longestWord(text) {
  return text.split(/\s+/).filter((w) => /^[a-z]+$/i.test(w)).sort((a, b) => b.length - a.length)[0];
}
const EVASIONS = {
  leet: (text) => text.replace(/[aeios]/gi, (c) => LEET[c.toLowerCase()]),
  spacing: (text) => {
    const word = longestWord(text);
    return word ? text.replace(word, word.split('').join(' ')) : text;
  },
  homoglyphs: (text) => text.replace(/[aeocpi]/g, (c) => HOMOGLYPH[c]),
};

function writeJsonl(file, rows) {
  writeFileSync(file, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
}

const sources = readdirSync(devDir).filter((f) => f.endsWith('.jsonl') && !f.startsWith('_')).map((f) => f.slice(0, -6)).sort();
if (sources.length === 0) throw new Error(`no dev split in ${devDir}: run models/train/train.py first`);
const manifestPath = path.join(root, 'models/manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const excluded = new Set(manifest.training?.threshold_excluded ?? []);

const all = [];
const inScope = [];
const metrics = { by_source: {}, overall: {}, in_scope: {}, evasion: {} };
for (const source of sources) {
  const file = path.join(devDir, `${source}.jsonl`);
  process.stderr.write(`[report] ${source}\n`);
  metrics.by_source[source] = { model: evalFile(file), keyword_baseline: evalFile(file, true) };
  const rows = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  all.push(...rows);
  if (!excluded.has(source)) inScope.push(...rows);
}
mkdirSync(path.join(devDir, 'derived'), { recursive: true });
for (const [name, rows] of [['overall', all], ['in_scope', inScope]]) {
  const file = path.join(devDir, 'derived', `${name}.jsonl`);
  writeJsonl(file, rows);
  process.stderr.write(`[report] ${name}\n`);
  metrics[name] = { model: evalFile(file), keyword_baseline: evalFile(file, true) };
}
const positives = inScope.filter((row) => row.label !== 'no_crisis');
const positivesFile = path.join(devDir, 'derived', 'positives.jsonl');
writeJsonl(positivesFile, positives);
const baseRecall = evalFile(positivesFile).crisis.recall;
metrics.evasion.original = { recall: baseRecall, n: positives.length };
for (const [name, transform] of Object.entries(EVASIONS)) {
  const file = path.join(devDir, 'derived', `positives-${name}.jsonl`);
  writeJsonl(file, positives.map((row) => ({ ...row, text: transform(row.text) })));
  process.stderr.write(`[report] evasion: ${name}\n`);
  const recall = evalFile(file).crisis.recall;
  metrics.evasion[name] = { recall, loss_points: +((baseRecall - recall) * 100).toFixed(2) };
}

const round = (value) => (value === null || value === undefined ? null : +value.toFixed(4));
const strip = (m) => ({
  n: m.n, accuracy: round(m.accuracy), macro_f1: round(m.macro_f1),
  crisis_recall: round(m.crisis.recall), crisis_specificity: round(m.crisis.specificity),
  per_class_recall: Object.fromEntries(Object.entries(m.per_class).filter(([, c]) => c.support > 0).map(([k, c]) => [k, round(c.recall)])),
});
manifest.metrics = {
  measured_with: 'node models/train/report.mjs (helpbridge eval on build/dev/, the sha1(id) % 5 == 0 split)',
  by_source: Object.fromEntries(Object.entries(metrics.by_source).map(([s, m]) => [s, { model: strip(m.model), keyword_baseline: strip(m.keyword_baseline) }])),
  overall: { model: strip(metrics.overall.model), keyword_baseline: strip(metrics.overall.keyword_baseline) },
  in_scope: { model: strip(metrics.in_scope.model), keyword_baseline: strip(metrics.in_scope.keyword_baseline) },
  evasion: metrics.evasion,
  latency_us: metrics.overall.model.latency_us,
};
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

// The model card's table.
const pct = (v) => (v === null || v === undefined ? '–' : (v * 100).toFixed(1));
const classes = ['suicidal_ideation', 'self_harm', 'anxiety_crisis', 'violent_thoughts', 'substance_abuse_or_withdrawal', 'risk_taking_behaviours'];
const short = { suicidal_ideation: 'SI', self_harm: 'SH', anxiety_crisis: 'AX', violent_thoughts: 'VT', substance_abuse_or_withdrawal: 'SU', risk_taking_behaviours: 'RT' };
const header = `| dev set | system | n | accuracy | macro-F1 | crisis recall | specificity | ${classes.map((c) => `${short[c]} recall`).join(' | ')} |\n|---|---|---|---|---|---|---|${classes.map(() => '---').join('|')}|`;
const line = (name, system, m) => `| ${name} | ${system} | ${m.n} | ${pct(m.accuracy)} | ${pct(m.macro_f1)} | ${pct(m.crisis.recall)} | ${pct(m.crisis.specificity)} | ${classes.map((c) => (m.per_class[c].support > 0 ? pct(m.per_class[c].recall) : '–')).join(' | ')} |`;
const rows = [];
for (const [name, m] of [...Object.entries(metrics.by_source), ['**in scope** (all but GermEval)', metrics.in_scope], ['**overall**', metrics.overall]]) {
  rows.push(line(name, 'model', m.model), line(name, 'keywords', m.keyword_baseline));
}
const evasionLines = Object.entries(metrics.evasion).map(([name, e]) =>
  `| ${name} | ${pct(e.recall)} | ${name === 'original' ? '' : e.loss_points.toFixed(2)} |`);
const table = `${header}\n${rows.join('\n')}\n\nAny-crisis recall on the in-scope dev positives (n = ${positives.length}) and on evasion variants of them:\n\n| variant | recall | loss (points) |\n|---|---|---|\n${evasionLines.join('\n')}\n\nLatency per message in this run (Node, wasm core + onnxruntime-web, one thread): p50 ${metrics.overall.model.latency_us.p50?.toFixed(0)} µs, p99 ${metrics.overall.model.latency_us.p99?.toFixed(0)} µs.`;
const cardPath = path.join(root, 'models/MODEL_CARD.md');
const card = readFileSync(cardPath, 'utf8');
const begin = '<!-- METRICS:BEGIN -->';
const end = '<!-- METRICS:END -->';
if (!card.includes(begin) || !card.includes(end)) throw new Error('MODEL_CARD.md lacks the METRICS markers');
writeFileSync(cardPath, `${card.slice(0, card.indexOf(begin) + begin.length)}\n${table}\n${card.slice(card.indexOf(end))}`);
process.stderr.write('[report] wrote models/manifest.json metrics and models/MODEL_CARD.md\n');
