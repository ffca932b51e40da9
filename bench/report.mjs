// docs/BENCHMARKS.md from the results: the targets, every figure with how it
// was measured, the payload file by file, and what bounds each missed target.
import { TARGETS, targetMet, valueAt } from './results.mjs';

/** A 1-minute load average from which a 2-core machine is not quiet enough for latency figures. */
const BUSY_LOAD = 0.8;

/** Whether the JS heap still rises at the end of the series, or peaked and fell
 * (a leak rises at every step; JIT and allocation-site bookkeeping do not). */
function trend(series) {
  const js = series.map((s) => s.js_bytes);
  const peak = Math.max(...js);
  const last = js[js.length - 1];
  if (last >= peak) return '';
  const at = series[js.indexOf(peak)].checks;
  return ` The JS heap peaks at ${int(at)} checks and is ${int(peak - last)} B lower at ${int(series[series.length - 1].checks)}: it does not rise with the checks (a leak would), and ${int(js[js.length - 1] - js[0])} B over ${int(series[series.length - 1].checks - series[0].checks)} checks is under one byte per check.`;
}

const int = (n) => Math.round(n).toLocaleString('en-US');
const us = (n) => (n >= 10_000 ? `${(n / 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} ms` : `${int(n)} µs`);
const ms = (n) => `${int(n)} ms`;
const bytes = (n) => `${int(n)} B`;
const sizes = ({ raw, gzip, brotli }) => `${bytes(raw)} raw · ${int(gzip)} gzip · **${int(brotli)} brotli**`;
const latency = (s) => `p50 **${us(s.p50)}** · p90 ${us(s.p90)} · p99 **${us(s.p99)}** · max ${us(s.max)} (n = ${int(s.n)})`;

function shown(key, value) {
  if (key.endsWith('_us.p50') || key.endsWith('_us.p99')) return us(value);
  if (key.endsWith('_bytes')) return bytes(value);
  if (key === 'speedup_p50') return `${value}×`;
  return String(value);
}

function targetsTable(r) {
  const rows = TARGETS.map((target) => {
    const [key, , , what] = target;
    return `| ${what} | ${shown(key, valueAt(r, key))} | ${targetMet(r, target) ? 'met' : '**missed**'} |`;
  });
  return ['| target | measured | |', '|---|---|---|', ...rows].join('\n');
}

function figuresTable(r) {
  const t = r.transformer;
  const p = r.parts_us;
  const c = r.cold_start_ms;
  const m = r.memory;
  const rows = [
    ['`check()` through the public API, warm (in the Worker, round trip included)', latency(r.check_us)],
    ['`check()` inside the worker alone (GuardCore.check)', latency(r.check_in_worker_us)],
    ['… features and lexicon (wasm core)', latency(p.features_and_lexicon)],
    ['… the model in onnxruntime-web (the message, and its last sentence when that can change the decision)', latency(p.model)],
    ['… the decision (wasm core)', latency(p.decision)],
    [`MiniLM-sized transformer, same setting (round trip), one message in ${t.every_nth_message} (${int(t.messages)})`, latency(r.transformer_us)],
    ['… inside its worker alone (tokenise + run)', latency(r.transformer_in_worker_us)],
    ['`check()` on those same messages (round trip)', latency(r.check_us_same_messages)],
    ['speed-up at p50 on the same messages: round trip · inside the workers; against check() over every message', `**${r.speedup_p50}×** · ${r.speedup_p50_in_worker}× · ${r.speedup_p50_all_messages}×`],
    ['featurizer, native (g++ -O3) · wasm in Node', `**${r.featurize_mb_s.native} MB/s** · **${r.featurize_mb_s.wasm} MB/s**`],
    ['core wasm with the ICU data', sizes(r.core_size.wasm_with_icu_data)],
    ['cold start, first visit: page load → guard ready · first decision (lexicon) · model ready', `**${ms(c.first_visit)}** · ${ms(c.first_visit_first_decision)} · ${ms(c.first_visit_model_ready)} (median of ${c.first_visits})`],
    ['cold start, repeat visit (HTTP cache)', `**${ms(c.repeat_visit)}** · ${ms(c.repeat_visit_first_decision)} · ${ms(c.repeat_visit_model_ready)} (median of ${c.repeat_visits}; ${c.repeat_visit_requests} requests reached the server)`],
    ['main-thread long tasks (> 50 ms) while the guard loads and while typing', `**${r.main_thread_long_tasks}**${r.main_thread_long_tasks ? ` (longest ${ms(r.long_tasks.typing_session_longest_ms)})` : ''}; in the cold-start visits: ${r.long_tasks.cold_start_visits}`],
    ['payload before the first keystroke (host page + loader)', sizes(r.payload.before_first_keystroke)],
    ['… the loader (helpbridge)', sizes(r.payload.loader)],
    ['payload after it (lazy)', sizes(r.payload.lazy)],
    ['… helpbridge\'s own (worker, core wasm + ICU data, model, one locale)', sizes(r.payload.lazy_helpbridge)],
    ['… onnxruntime-web', sizes(r.payload.lazy_onnxruntime_web)],
    [`wasm heap after ${int(m.checks_late)} checks (growth since ${int(m.checks_early)})`,
      `${bytes(m.wasm_heap_bytes)} (${bytes(m.wasm_growth_bytes)}): ${m.wasm_memories_bytes.length} wasm memories of ${m.wasm_memories_bytes.map(int).join(', ')} B`],
    [`JS heap of the worker after ${int(m.checks_late)} checks (growth since ${int(m.checks_early)})`, `${bytes(m.js_heap_bytes)} (${bytes(m.js_growth_bytes)})`],
  ];
  return ['| what | figure |', '|---|---|', ...rows.map(([what, figure]) => `| ${what} | ${figure} |`)].join('\n');
}

function byLengthTable(r) {
  const rows = Object.entries(r.check_us_by_length).map(([band, s]) => {
    const inner = r.check_in_worker_us_by_length[band];
    return `| ${band.replace('_', '–')} | ${int(s.n)} | ${us(s.p50)} · ${us(s.p99)} | ${us(inner.p50)} · ${us(inner.p99)} |`;
  });
  return ['| length (characters) | messages | public API p50 · p99 | in the worker p50 · p99 |', '|---|---|---|---|', ...rows].join('\n');
}

function payloadTable(r) {
  const rows = r.payload.files.map((f) => `| \`${f.path}\` | ${f.lazy ? 'lazy' : 'before'} | ${f.owner} | ${int(f.raw)} | ${int(f.gzip)} | ${int(f.brotli)} |`);
  return ['| file | when | whose | raw | gzip | brotli |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

function longTasks(r) {
  const frames = r.long_tasks.long_animation_frames;
  if (r.main_thread_long_tasks === 0 && frames.length === 0 && r.long_tasks.cold_start_visits === 0) return 'None.';
  const tasks = r.long_tasks.typing_session.map((t) => `${ms(t.duration_ms)} at ${ms(t.start_ms)}`).join(', ');
  const lines = frames.map((f) => {
    const scripts = f.scripts.map((s) => `${s.invoker} in \`${s.source || '(page)'}\` ${ms(s.duration_ms)}`).join('; ');
    return `- at ${ms(f.start_ms)}: a ${ms(f.duration_ms)} frame, ${ms(f.blocking_ms)} blocking${scripts ? `: ${scripts}` : ' (no script: style, layout or parsing)'}`;
  });
  const cold = r.long_tasks.cold_start_visits_scripts.map((g) => `- ${g.script}: ${g.frames} frame(s), longest ${ms(g.longest_ms)}`);
  const coldPart = r.long_tasks.cold_start_visits === 0 ? [] : ['',
    `In the ${r.cold_start_ms.first_visits + r.cold_start_ms.repeat_visits} cold-start visits (the guard loading at page load): ${r.long_tasks.cold_start_visits} long tasks, longest ${ms(r.long_tasks.cold_start_visits_longest_ms)}; what ran in the frames that blocked:`,
    '', ...cold];
  return [`Long tasks (times from navigation start; the click into the text box, which starts loading the guard, came just after ${ms(r.long_tasks.before_first_click_ms)}): ${tasks || 'none'}.`,
    '', 'Long animation frames that blocked, with the scripts that ran in them:', '', ...lines, ...coldPart].join('\n');
}

/** What bounds each missed target, from the figures of this run. */
function bounds(r) {
  const notes = [];
  const missed = (key) => !targetMet(r, TARGETS.find(([k]) => k === key));
  const busy = r.run.load_average.start[0] >= BUSY_LOAD;
  const inner = r.check_in_worker_us;
  const bands = r.check_in_worker_us_by_length;
  if (missed('check_us.p50') || missed('check_us.p99')) {
    notes.push(`- **check() latency.** Inside the worker a check takes p50 ${us(inner.p50)}, p99 ${us(inner.p99)}; the rest of the public figure (p50 ${us(r.check_us.p50)}, p99 ${us(r.check_us.p99)}) is the worker round trip: two postMessage hops, each waiting for its thread to be scheduled${busy ? ' (on this busy machine, most of the tail)' : ''}. The in-worker tail is set by the longest messages (500–2,000 characters: p99 ${us(bands['500_2000'].p99)} against ${us(bands['10_100'].p99)} for 10–100) and splits into features and lexicon p99 ${us(r.parts_us.features_and_lexicon.p99)}, the model p99 ${us(r.parts_us.model.p99)} and the decision p99 ${us(r.parts_us.decision.p99)}.`);
  }
  if (missed('speedup_p50')) {
    notes.push(`- **Speed-up.** On the same messages the transformer's p50 is ${us(r.transformer_us.p50)} (p50 ${r.transformer.tokens.p50} tokens) and helpbridge's ${us(r.check_us_same_messages.p50)}; inside the workers, without the round trip both pay, the ratio is ${r.speedup_p50_in_worker}×.`);
  }
  if (missed('loader_brotli_bytes')) {
    const files = r.payload.files.filter((f) => !f.lazy && f.owner === 'helpbridge').sort((a, b) => b.brotli - a.brotli);
    notes.push(`- **Loader.** What the page loads before the first keystroke is the static import graph of \`dist/index.js\`: ${files.map((f) => `\`${f.path}\` ${int(f.brotli)}`).join(', ')} (brotli bytes). Loading the dialog and its styles only when a decision needs them would leave the guard itself.`);
  }
  if (missed('lazy_brotli_bytes')) {
    const files = r.payload.files.filter((f) => f.lazy && f.owner === 'helpbridge').sort((a, b) => b.brotli - a.brotli).slice(0, 3);
    notes.push(`- **Lazy assets.** The largest: ${files.map((f) => `\`${f.path}\` ${int(f.brotli)}`).join(', ')} (brotli bytes).`);
  }
  if (missed('main_thread_long_tasks')) {
    notes.push(`- **Long tasks.** ${r.main_thread_long_tasks} task(s) over 50 ms on the main thread, longest ${ms(r.long_tasks.typing_session_longest_ms)}; the long animation frames under "Main thread" say which scripts ran in them (a frame without scripts is the browser's own work: parsing, style, layout). The first \`Intl.DateTimeFormat()\` of a page, which loads the time-zone data, takes ${ms(r.long_tasks.first_intl_datetimeformat_ms)} alone on a fresh page, so the guard leaves reading the time zone to its worker (\`web/src/timezone.ts\`).${busy ? ` The run's load average was ${r.run.load_average.start[0]} at the start: on a busy machine the scheduler stretches short tasks past 50 ms.` : ''}`);
  }
  if (missed('heap_growth_bytes')) {
    const steps = r.memory.series.map((s) => `${int(s.checks)}: ${int(s.wasm_bytes)} + ${int(s.js_bytes)}`).join(' · ');
    notes.push(`- **Heap growth.** ${bytes(r.heap_growth_bytes)} between ${int(r.memory.checks_early)} and ${int(r.memory.checks_late)} checks: wasm ${bytes(r.memory.wasm_growth_bytes)} (wasm memory grows in 64 KiB pages and never shrinks), JS ${bytes(r.memory.js_growth_bytes)} (after a full collection). Checks: wasm + JS bytes at each step: ${steps}.${trend(r.memory.series)}`);
  }
  return notes.length ? notes.join('\n') : 'Every target is met.';
}

export function renderReport(r) {
  const v = r.versions;
  const load = r.run.load_average;
  const t = r.transformer;
  return `# Benchmarks

${r.smoke ? '**Smoke run** (few messages, a tiny transformer): the figures only show that every part runs.\n\n' : ''}\
Measured by \`npm run bench\` (\`node bench/run.mjs\`) on ${r.run.date.slice(0, 10)}, in ${Math.round(r.run.seconds.total)} s, \
on one machine: **${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memory_gb} GB, ${r.machine.os}**. \
Node ${v.node}, ${v.chromium} (headless, driven by playwright-core), onnxruntime-web ${v.onnxruntime_web}, emcc ${v.emcc}, \
helpbridge ${v.helpbridge_commit}. Load average (1, 5, 15 min) at the start ${load.start.join(', ')}, at the end ${load.end.join(', ')}\
${load.start[0] >= BUSY_LOAD ? ' — **the machine was busy: the times are pessimistic**' : ''}.

Headline: on the same messages, a warm \`check()\` takes **${us(r.check_us_same_messages.p50)}** at p50 through the public API \
and ${t.layers === 6 && t.hidden === 384 ? 'a MiniLM-sized' : 'the smoke run\'s tiny'} transformer in the same setting **${us(r.transformer_us.p50)}**: helpbridge is **${r.speedup_p50}× faster**.

## Targets

${targetsTable(r)}

## What bounds a missed target

${bounds(r)}

## Figures

${figuresTable(r)}

\`check()\` by message length:

${byLengthTable(r)}

## Payload, file by file

"before" is everything the page fetched before the first keystroke (the host page and helpbridge's loader); \
"lazy" is what came after it. Sizes are of the files as served, compressed here (gzip -9, brotli quality 11).

${payloadTable(r)}

## Main thread

${longTasks(r)}

## How it was measured

- **Messages**: ${int(r.messages.count)} generated at bench time from the project's own written text \
(\`models/train/written/*.jsonl\`, 20 languages), each starting at a random row and running on through that language's rows \
to a length drawn from a log-normal distribution (median ${r.messages.distribution.median} characters, sigma ${r.messages.distribution.sigma}, \
kept within ${r.messages.distribution.min}–${int(r.messages.distribution.max)}), with a fixed seed. \
Lengths: p50 ${r.messages.lengths.p50}, p90 ${r.messages.lengths.p90}, p99 ${r.messages.lengths.p99}, max ${r.messages.lengths.max}, mean ${r.messages.lengths.mean}.
- **check()**: the bench page (\`bench/page/\`) embeds helpbridge as the README shows (\`createGuard({ country: 'GB', languages: ['en'] })\`, \
the guard in its Web Worker); after the model has loaded and a warm-up, the page awaits \`guard.check(text)\` for each message in turn and times it \
with \`performance.now()\`. "Inside the worker" and the parts are timed in the bench's probe worker, which hosts \`GuardCore\` exactly as \
\`dist/worker.js\` does; the parts use the same \`Assessor\` and \`Classifier\` objects the engine uses. Percentiles are nearest-rank.
- **The transformer**: ${t.layers} layers, hidden ${t.hidden}, ${t.heads} heads, intermediate ${t.intermediate}, vocabulary ${int(t.vocab)}, \
${t.positions} positions, mean pooling and a 7-class head (${int(t.parameters)} parameters), random weights written at bench time by \
\`bench/make_transformer.py\` into \`build/bench/\` (not committed). onnxruntime-web (wasm, one thread, all graph optimisations) runs it \
in a worker of the same page; the page times each round trip. Its input is the message tokenised by \`bench/tokenizer.mjs\` \
(a deterministic hashing tokeniser with WordPiece-like token counts), **truncated at ${t.max_tokens} tokens** as all-MiniLM-L6-v2 does \
(tokens per message: p50 ${t.tokens.p50}, p90 ${t.tokens.p90}, max ${t.tokens.max}). Being slow, it runs on a fixed subset: \
**one message in ${t.every_nth_message}, ${int(t.messages)} in all**; the headline ratio compares it with \`check()\` on those same messages.
- **The featurizer**: \`scripts/measure-core.mjs\` (the same benchmark source natively and in wasm under Node, on the written text).
- **Timers**: the bench server sends cross-origin isolation headers (COOP + COEP), which give \`performance.now()\` a 5 µs resolution \
in Chromium instead of 100 µs; nothing else changes (helpbridge and the transformer run on one thread either way).
- **Cold start**: the bench page with the guard loading at once and a check issued at once; times from navigation start to the guard's \
\`ready\` event, to that first decision (made by the lexicon: ${r.cold_start_ms.first_decision_sources.join(', ')}), and to \`model-ready\`. \
A first visit is a fresh browser profile; a repeat visit is a new tab in the same browser after the first closed, with the files in the HTTP \
cache: the bench server sends \`${r.cold_start_ms.repeat_visit_cache}\` (the demo server sends \`no-cache\`).
- **Long tasks**: \`PerformanceObserver\` \`longtask\` entries on the bench page, registered before any other script, from navigation \
through the first keystroke (a click in the text box, which starts loading the guard), typing ${r.smoke ? 'a message' : 'messages'} at 50 ms \
a key and sending them, until the model is ready; \`long-animation-frame\` entries say which scripts ran.
- **Payload**: every request the page and its workers made (the server's log), split at the first keystroke.
- **Memory**: a fresh \`GuardCore\` in the probe worker; after ${int(r.memory.checks_early)} and after ${int(r.memory.checks_late)} checks, \
a full collection (\`gc()\`), then the wasm heap (the size of every wasm memory: the core's and onnxruntime-web's) and the worker's \
JS heap (\`performance.measureUserAgentSpecificMemory()\`).
- **docs/benchmarks.json** holds every figure here. Its keys nest as the issue's dotted names: \`check_us.p50\` is \
\`{"check_us": {"p50": …}}\`. Times in µs (\`_us\`) or ms (\`_ms\`), sizes in bytes; KB and MB in the targets are decimal.
`;
}
