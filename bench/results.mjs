// From the raw measurements to docs/benchmarks.json: nested objects whose
// dotted paths are the issue's keys (check_us.p50, cold_start_ms.first_visit,
// ...), with the details that explain them beside.
import { total } from './payload.mjs';
import { median, summarize } from './stats.mjs';

/** Every key the issue asks for, as a dotted path; each must be a finite number. */
export const REQUIRED_KEYS = [
  'check_us.p50', 'check_us.p99', 'transformer_us.p50', 'transformer_us.p99', 'speedup_p50',
  'featurize_mb_s.native', 'featurize_mb_s.wasm', 'cold_start_ms.first_visit', 'cold_start_ms.repeat_visit',
  'main_thread_long_tasks', 'loader_brotli_bytes', 'lazy_brotli_bytes', 'heap_growth_bytes',
];

/** The targets, each as [dotted key, comparison, limit, what]; KB and MB are decimal (the stricter reading). */
export const TARGETS = [
  ['check_us.p50', '<=', 300, 'check() p50 ≤ 0.3 ms'],
  ['check_us.p99', '<=', 1000, 'check() p99 ≤ 1 ms'],
  ['speedup_p50', '>=', 100, '≥ 100× faster than the transformer (p50)'],
  ['loader_brotli_bytes', '<=', 15_000, 'loader ≤ 15 KB brotli'],
  ['lazy_brotli_bytes', '<=', 1_000_000, "helpbridge's own lazy assets ≤ 1 MB brotli"],
  ['main_thread_long_tasks', '<=', 0, 'zero main-thread long tasks'],
  ['heap_growth_bytes', '<=', 0, 'no heap growth after warm-up'],
];

export function valueAt(object, dotted) {
  return dotted.split('.').reduce((value, key) => value?.[key], object);
}

export function targetMet(results, [key, comparison, limit]) {
  const value = valueAt(results, key);
  return comparison === '<=' ? value <= limit : value >= limit;
}

const round = (value, digits = 1) => Number(value.toFixed(digits));

function coldStart(visits) {
  const at = (mark) => round(median(visits.map((v) => v[mark])));
  return { ready: at('ready'), first_decision: at('firstDecision'), model_ready: at('modelReady') };
}

/** check() times of the messages in each length band (characters), to show what sets the tail. */
function byLength(times, lengths) {
  const bands = [[10, 100], [100, 500], [500, 2001]];
  return Object.fromEntries(bands.map(([low, high]) => {
    const inBand = times.filter((_, i) => lengths[i] >= low && lengths[i] < high);
    const { p50, p99, n } = summarize(inBand);
    return [`${low}_${Math.min(high, 2000)}`, { p50, p99, n }];
  }));
}

const withoutOrigin = (url) => url.replace(/^https?:\/\/[^/]+/, '');

/** The scripts that ran in long animation frames that blocked, grouped: { script, frames, longest_ms }. */
function blockingScripts(frames) {
  const groups = new Map();
  for (const frame of frames.filter((f) => f.blocking > 0)) {
    const scripts = frame.scripts.length ? frame.scripts : [{ invoker: '(no script: parsing, style or layout)', source: '', duration: frame.duration }];
    for (const script of scripts) {
      const name = `${withoutOrigin(script.invoker)}${script.source ? ` in ${withoutOrigin(script.source)}` : ''}`;
      const group = groups.get(name) ?? { script: name, frames: 0, longest_ms: 0 };
      group.frames += 1;
      group.longest_ms = Math.max(group.longest_ms, round(script.duration));
      groups.set(name, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.longest_ms - a.longest_ms);
}

export function summarizeResults(raw) {
  const { latency, memory, coldStart: cold, lazySession, core } = raw;
  const check = summarize(latency.check);
  const sameMessages = (times) => summarize(raw.transformer.indices.map((i) => times[i]));
  const transformer = summarize(latency.transformer.roundTrip);
  const files = lazySession.files;
  const before = files.filter((f) => !f.lazy);
  const lazy = files.filter((f) => f.lazy);
  const loader = before.filter((f) => f.owner === 'helpbridge');
  const ownLazy = lazy.filter((f) => f.owner === 'helpbridge');
  const heap = (snapshot) => snapshot.wasmBytes + snapshot.jsBytes;
  const first = coldStart(cold.first);
  const repeat = coldStart(cold.repeat);
  const longestTask = lazySession.longTasks.reduce((longest, task) => Math.max(longest, task.duration), 0);

  return {
    check_us: check,
    check_us_by_length: byLength(latency.check, raw.messages.each),
    check_in_worker_us: summarize(latency.inWorker),
    check_in_worker_us_by_length: byLength(latency.inWorker, raw.messages.each),
    model_us: summarize(latency.parts.model),
    parts_us: {
      features_and_lexicon: summarize(latency.parts.prepare),
      model: summarize(latency.parts.model),
      decision: summarize(latency.parts.decide),
    },
    transformer_us: transformer,
    transformer_in_worker_us: summarize(latency.transformer.inWorker),
    // The headline compares the two on the same messages (the transformer's subset);
    // against helpbridge's p50 over every message beside it.
    speedup_p50: round(transformer.p50 / sameMessages(latency.check).p50),
    speedup_p50_in_worker: round(summarize(latency.transformer.inWorker).p50 / sameMessages(latency.inWorker).p50),
    speedup_p50_all_messages: round(transformer.p50 / check.p50),
    check_us_same_messages: sameMessages(latency.check),
    featurize_mb_s: core.featurize_mb_s,
    featurize_messages_s: core.featurize_messages_s,
    core_size: { wasm_with_icu_data: core.core_wasm_with_icu_data, glue_js: core.core_glue_js, featurizer_corpus_bytes: core.corpus_bytes },
    cold_start_ms: {
      first_visit: first.ready,
      repeat_visit: repeat.ready,
      first_visit_first_decision: first.first_decision,
      repeat_visit_first_decision: repeat.first_decision,
      first_visit_model_ready: first.model_ready,
      repeat_visit_model_ready: repeat.model_ready,
      first_visits: cold.first.length,
      repeat_visits: cold.repeat.length,
      repeat_visit_requests: Math.max(...cold.repeat.map((v) => v.requests)),
      first_decision_sources: [...new Set([...cold.first, ...cold.repeat].map((v) => v.firstSource))],
      repeat_visit_cache: `cache-control: ${raw.cacheControl}`,
    },
    main_thread_long_tasks: lazySession.longTasks.length,
    long_tasks: {
      typing_session: lazySession.longTasks.map((t) => ({ start_ms: round(t.start), duration_ms: round(t.duration) })),
      typing_session_longest_ms: round(longestTask),
      long_animation_frames: lazySession.longFrames.filter((f) => f.blocking > 0).map((f) => ({
        start_ms: round(f.start), duration_ms: round(f.duration), blocking_ms: round(f.blocking),
        scripts: f.scripts.map((s) => ({ invoker: withoutOrigin(s.invoker), source: withoutOrigin(s.source), duration_ms: round(s.duration) })),
      })),
      before_first_click_ms: round(lazySession.keystroke),
      first_intl_datetimeformat_ms: round(lazySession.firstIntlMs),
      cold_start_visits: [...cold.first, ...cold.repeat].reduce((sum, v) => sum + v.longTasks.length, 0),
      cold_start_visits_longest_ms: round(Math.max(0, ...[...cold.first, ...cold.repeat].flatMap((v) => v.longTasks.map((t) => t.duration)))),
      cold_start_visits_scripts: blockingScripts([...cold.first, ...cold.repeat].flatMap((v) => v.longFrames)),
    },
    loader_brotli_bytes: total(loader).brotli,
    lazy_brotli_bytes: total(ownLazy).brotli,
    payload: {
      before_first_keystroke: total(before),
      loader: total(loader),
      lazy: total(lazy),
      lazy_helpbridge: total(ownLazy),
      lazy_onnxruntime_web: total(lazy, 'onnxruntime-web'),
      files: files.map(({ path, owner, lazy: isLazy, raw: r, gzip, brotli }) => ({ path, owner, lazy: isLazy, raw: r, gzip, brotli })),
    },
    heap_growth_bytes: heap(memory.afterLate) - heap(memory.afterEarly),
    memory: {
      checks_early: memory.early,
      checks_late: memory.late,
      wasm_heap_bytes: memory.afterLate.wasmBytes,
      js_heap_bytes: memory.afterLate.jsBytes,
      wasm_heap_bytes_early: memory.afterEarly.wasmBytes,
      js_heap_bytes_early: memory.afterEarly.jsBytes,
      wasm_growth_bytes: memory.afterLate.wasmBytes - memory.afterEarly.wasmBytes,
      js_growth_bytes: memory.afterLate.jsBytes - memory.afterEarly.jsBytes,
      wasm_memories_bytes: memory.afterLate.each,
      series: memory.series.map(({ checks, wasmBytes, jsBytes }) => ({ checks, wasm_bytes: wasmBytes, js_bytes: jsBytes })),
    },
    messages: { count: raw.messages.count, lengths: raw.messages.lengths, distribution: raw.messages.distribution },
    transformer: {
      ...raw.transformer.shape,
      parameters: raw.transformer.parameters,
      max_tokens: raw.transformer.maxTokens,
      messages: latency.transformer.roundTrip.length,
      every_nth_message: raw.transformer.stride,
      tokens: raw.transformer.tokens,
    },
    machine: raw.machine,
    versions: raw.versions,
    smoke: raw.smoke,
    run: raw.run,
  };
}
