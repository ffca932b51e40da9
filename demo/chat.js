// The demo chat: embeds helpbridge exactly as the README shows.
import { createGuard } from 'helpbridge';

const log = document.getElementById('log');
const composer = document.getElementById('composer');
const input = document.getElementById('message');
const status = document.getElementById('status');
const decisions = document.getElementById('decisions');
const countrySelect = document.getElementById('country');
const languageSelect = document.getElementById('language');

const index = await (await fetch('/locales/index.json')).json();
const emergency = await (await fetch('/locales/emergency.json')).json();
const params = new URLSearchParams(location.search);

function fill(select, options, selected) {
  select.replaceChildren(...options.map(([value, label]) => new Option(label, value, false, value === selected)));
}

// The demo's own send: show the message in the chat log.
function deliver(text) {
  const item = document.createElement('li');
  item.textContent = text;
  log.append(item);
  input.value = '';
  log.lastElementChild?.scrollIntoView({ block: 'end' });
}

function note(text) {
  const item = document.createElement('li');
  item.textContent = text;
  decisions.prepend(item);
}

let guard;
let detach;
function start() {
  detach?.();
  guard?.dispose();
  status.textContent = 'Loading…';
  guard = createGuard({
    country: params.get('country') ?? undefined,
    languages: params.get('lang') ? [params.get('lang')] : navigator.languages,
    assetBase: '/',
    // No bundler here: tell helpbridge where onnxruntime-web's module is.
    ortUrl: '/node_modules/onnxruntime-web/dist/ort.wasm.min.mjs',
    onEvent(event) {
      if (event.type === 'ready') {
        status.textContent = `Ready: the lexicon decides while the model loads (${event.lang}, ${event.country || 'no country'}${event.worker ? ', in a worker' : ''}).`;
        fill(countrySelect, Object.entries(emergency).filter(([code]) => code.length === 2)
          .map(([code, entry]) => [code, `${entry.name}${index.helplines.includes(code) ? '' : ' (emergency only)'}`])
          .sort((a, b) => a[1].localeCompare(b[1])), event.country);
        fill(languageSelect, index.messages.map((code) => [code, code]), event.lang);
      } else if (event.type === 'model-ready') {
        status.textContent = `Ready: model loaded (${guard.lang}, ${guard.country || 'no country'}).`;
      } else if (event.type === 'decision') {
        note(`${event.level}${event.category ? ` · ${event.category}` : ''} (${event.source})`);
      } else if (event.type === 'choice') {
        note(`person chose: ${event.action}`);
      } else if (event.type === 'error') {
        note(`error: ${event.message}`);
        if (event.message.startsWith('helpbridge could not load')) status.textContent = 'Not loaded: messages go unchecked; helpbridge tries again on a later message.';
      }
    },
  });
  detach = guard.attach(composer, { onProceed: deliver, onCancel: () => input.focus() });
  // The demo loads at once so the panel can show the state; a real widget
  // would let the first focus or keystroke start it.
  void guard.prefetch();
}

countrySelect.addEventListener('change', () => {
  params.set('country', countrySelect.value);
  history.replaceState(null, '', `?${params}`);
  start();
});
languageSelect.addEventListener('change', () => {
  params.set('lang', languageSelect.value);
  history.replaceState(null, '', `?${params}`);
  start();
});
document.getElementById('help').addEventListener('click', (event) => guard?.showHelp(event.currentTarget));
input.addEventListener('keydown', (event) => {
  // Enter sends (helpbridge holds it until it has decided); Shift+Enter is a new line.
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    composer.requestSubmit();
  }
});

start();
