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
async function start() {
  detach?.();
  guard?.dispose();
  status.textContent = 'Loading…';
  guard = await createGuard({
    country: params.get('country') ?? undefined,
    languages: params.get('lang') ? [params.get('lang')] : navigator.languages,
    assetBase: '/',
    onEvent(event) {
      if (event.type === 'decision') note(`${event.level}${event.category ? ` · ${event.category}` : ''} (${event.source})`);
      else if (event.type === 'choice') note(`person chose: ${event.action}`);
      else if (event.type === 'model-ready') status.textContent = `Ready: model loaded (${guard?.lang ?? ''}, ${guard?.country ?? ''}).`;
      else if (event.type === 'error') note(`error: ${event.message}`);
    },
  });
  status.textContent = `Ready: the lexicon decides while the model loads (${guard.lang}, ${guard.country || 'no country'}).`;
  fill(countrySelect, Object.entries(emergency).filter(([code]) => code.length === 2)
    .map(([code, entry]) => [code, `${entry.name}${index.helplines.includes(code) ? '' : ' (emergency only)'}`])
    .sort((a, b) => a[1].localeCompare(b[1])), guard.country);
  fill(languageSelect, index.messages.map((code) => [code, code]), guard.lang);
  detach = guard.attach(composer, { onProceed: deliver, onCancel: () => input.focus() });
}

countrySelect.addEventListener('change', () => {
  params.set('country', countrySelect.value);
  history.replaceState(null, '', `?${params}`);
  void start();
});
languageSelect.addEventListener('change', () => {
  params.set('lang', languageSelect.value);
  history.replaceState(null, '', `?${params}`);
  void start();
});
document.getElementById('help').addEventListener('click', (event) => guard?.showHelp(event.currentTarget));
input.addEventListener('keydown', (event) => {
  // Enter sends (helpbridge holds it until it has decided); Shift+Enter is a new line.
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    composer.requestSubmit();
  }
});

await start();
