// The bench's host page: embeds helpbridge exactly as the README shows, and
// notes when the guard is ready, when the model is, and (with ?start=load)
// when its first decision came, all as performance.now(): milliseconds since
// the navigation started. Without ?start=load nothing loads until the first
// focus or keystroke, as on a real chat page.
import { createGuard } from 'helpbridge';

const marks = {};
window.marks = marks;
const form = document.getElementById('composer');
const field = document.getElementById('message');
const log = document.getElementById('log');

const guard = createGuard({
  country: 'GB',
  languages: ['en'],
  assetBase: '/',
  ortUrl: '/node_modules/onnxruntime-web/dist/ort.wasm.min.mjs',
  onEvent(event) {
    if (event.type === 'ready') Object.assign(marks, { ready: performance.now(), worker: event.worker });
    else if (event.type === 'model-ready') marks.modelReady = performance.now();
    else if (event.type === 'decision') (marks.decisions ??= []).push(`${event.level} (${event.source})`);
    else if (event.type === 'error') (marks.errors ??= []).push(event.message);
  },
});
guard.attach(form, {
  onProceed(text) {
    const item = document.createElement('li');
    item.textContent = text;
    log.append(item);
    field.value = '';
  },
});
field.addEventListener('keydown', (event) => {
  // Enter sends (the guard holds it until it has decided); Shift+Enter is a new line.
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});
window.guard = guard;

if (new URLSearchParams(location.search).get('start') === 'load') {
  guard.check('I want to end my life').then((decision) => {
    Object.assign(marks, { firstDecision: performance.now(), firstSource: decision.source });
  });
}
