// What helpbridge needs from Vite: its Worker is an ES module (it loads
// onnxruntime-web with import()), and in `vite dev` helpbridge and
// onnxruntime-web are served as they are, not pre-bundled, so that their
// `new URL(..., import.meta.url)` references (the Worker, onnxruntime-web's
// .wasm) keep pointing at their own files.

/** @type {import('vite').UserConfig} */
export default {
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['helpbridge', 'onnxruntime-web'] },
};
