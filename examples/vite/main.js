// helpbridge embedded as the README shows. The files it reads at run time (the
// wasm core, the model, the locales) are copied into public/helpbridge/ by
// `npm run assets`; assetBase says where the site serves them.
import { createGuard } from 'helpbridge';

const form = document.getElementById('chat');
const log = document.getElementById('log');
const status = document.getElementById('status');

// The app's own send: here, show the message in the log.
function send(text) {
  const item = document.createElement('li');
  item.textContent = text;
  log.append(item);
  form.reset();
}

const guard = createGuard({
  assetBase: `${import.meta.env.BASE_URL}helpbridge/`,
  // Decisions, never text: what a host may log or count.
  onEvent(event) {
    if (event.type === 'model-ready') status.textContent = 'helpbridge: model loaded';
    else if (event.type === 'decision') status.textContent = `helpbridge: ${event.level} (${event.source})`;
    else if (event.type === 'error') status.textContent = `helpbridge: ${event.message}`;
  },
});
guard.attach(form, { onProceed: send });
