// A small static server for the demo and the browser tests: 127.0.0.1 only,
// GET/HEAD only, no directory listings, correct types (wasm as application/wasm).
//
//   node demo/server.mjs [--port N]      serves the repository, prints the URL
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonl': 'application/jsonl; charset=utf-8',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Folders a browser may read; everything else is 404. */
const SERVED = ['/demo/', '/dist/', '/models/', '/locales/', '/tests/browser/pages/', '/tests/golden/', '/node_modules/onnxruntime-web/dist/'];

/**
 * Starts the server. `headers(pathname)` may add response headers (the CSP
 * tests use it). `folders` adds served folders (the bench serves its page and
 * the model it generates). Resolves to { server, url, requests } where requests
 * logs every request as { method, url, headers } for the privacy tests.
 */
export function startServer({ port = 0, root = repoRoot, headers = () => ({}), folders = [] } = {}) {
  const served = [...SERVED, ...folders];
  const requests = [];
  const server = createServer(async (request, response) => {
    requests.push({ method: request.method, url: request.url, headers: request.headers });
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const wanted = pathname === '/' ? '/demo/index.html' : pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const file = path.join(root, path.normalize(wanted));
    const allowed = served.some((prefix) => (pathname === '/' ? true : pathname.startsWith(prefix)));
    if (!['GET', 'HEAD'].includes(request.method) || !allowed || !file.startsWith(root)) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        ...headers(pathname),
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}`, requests });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const portFlag = process.argv.indexOf('--port');
  const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : Number(process.env.PORT ?? 8080);
  startServer({ port }).then(
    ({ url }) => console.log(`helpbridge demo: ${url}/demo/  (Ctrl+C to stop)`),
    (error) => {
      console.error(`could not start the demo server on port ${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
