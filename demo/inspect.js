import { HelpbridgeCore } from '../dist/core.js';
import { Featurizer } from '../dist/featurizer.js';

const input = document.getElementById('text');
const status = document.getElementById('status');
const normalized = document.getElementById('normalized');
const list = document.getElementById('features');
const count = document.getElementById('count');

try {
  const core = await HelpbridgeCore.load();
  const featurizer = Featurizer.create(core, 1 << 18);
  status.textContent = `Core ready (feature version ${core.featureVersion}).`;
  const render = () => {
    const { normalized: text, features, ids } = featurizer.explain(input.value);
    normalized.textContent = text;
    count.textContent = `(${features.length})`;
    list.replaceChildren(...features.map((feature, i) => {
      const item = document.createElement('li');
      item.textContent = `${feature}  →  ${ids[i]}`;
      return item;
    }));
  };
  input.addEventListener('input', render);
  render();
} catch (error) {
  status.textContent = `The core could not load: ${error.message}`;
}
