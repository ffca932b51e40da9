// Calls into one of the bench's own workers: call(method, ...args) -> result.
export function connect(url) {
  const worker = new Worker(url, { type: 'module' });
  const waiting = new Map();
  let next = 0;
  worker.onmessage = ({ data }) => {
    const call = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) call.reject(new Error(data.error));
    else call.resolve(data.result);
  };
  worker.onerror = (event) => {
    for (const call of waiting.values()) call.reject(new Error(`${url}: ${event.message}`));
    waiting.clear();
  };
  return {
    call: (method, ...args) => new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, method, args });
    }),
    terminate: () => worker.terminate(),
  };
}

/** The worker side: answers { id, method, args } from a table of methods. */
export function serve(methods) {
  self.onmessage = async ({ data: { id, method, args } }) => {
    try {
      self.postMessage({ id, result: await methods[method](...args) });
    } catch (error) {
      self.postMessage({ id, error: String(error?.message ?? error) });
    }
  };
}
