// A chat page that works under `default-src 'self'; script-src 'self'
// 'wasm-unsafe-eval'`: no import map (an inline script), so helpbridge and
// onnxruntime-web are found by URL. The test reads window.guardEvents.
import { createGuard } from '../../../dist/index.js';

const log = document.getElementById('log');
const input = document.getElementById('message');
const status = document.getElementById('status');
window.guardEvents = [];

const guard = createGuard({
  country: 'GB',
  languages: ['en'],
  ortUrl: new URL('../../../node_modules/onnxruntime-web/dist/ort.wasm.min.mjs', import.meta.url).href,
  onEvent(event) {
    window.guardEvents.push(event);
    if (event.type === 'ready') status.textContent = `ready (${event.worker ? 'worker' : 'page'})`;
    if (event.type === 'model-ready') status.textContent += ', model loaded';
  },
});

guard.attach(input, {
  onProceed(text) {
    const item = document.createElement('li');
    item.textContent = text;
    log.append(item);
    input.value = '';
  },
  onCancel: () => input.focus(),
});
