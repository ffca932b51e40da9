// Payload: the size of each file the page fetched, raw, gzip (level 9) and
// brotli (quality 11), compressed here from the served file, and which part of
// the page it belongs to. Brotli 11 takes half a minute on onnxruntime-web's
// 14 MB wasm, so sizes are kept in build/bench/ by the file's SHA-256.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(root, 'build/bench/compressed-sizes.json');
const fileOf = (pathname) => path.join(root, path.normalize(pathname));

let cache = null;

/** False for what the server answered 404 (Chromium asks for /favicon.ico). */
export function isServedFile(pathname) {
  return pathname !== '/favicon.ico' && statSync(fileOf(pathname), { throwIfNoEntry: false })?.isFile() === true;
}

/** { raw, gzip, brotli } of a served path (as the demo server maps it). */
export function sizesOf(pathname) {
  cache ??= JSON.parse(statSync(CACHE, { throwIfNoEntry: false }) ? readFileSync(CACHE, 'utf8') : '{}');
  const bytes = readFileSync(fileOf(pathname));
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (!cache[hash]) {
    cache[hash] = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
    mkdirSync(path.dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify(cache));
  }
  return cache[hash];
}

/** 'host page' (the bench's own chat page), 'helpbridge' or 'onnxruntime-web'. */
export function ownerOf(pathname) {
  if (pathname.startsWith('/node_modules/onnxruntime-web/')) return 'onnxruntime-web';
  if (pathname.startsWith('/bench/')) return 'host page';
  return 'helpbridge';
}

/** Summed { raw, gzip, brotli } of the files (of one owner, if given). */
export function total(files, owner) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files.filter((f) => owner === undefined || f.owner === owner)) {
    for (const key of Object.keys(sum)) sum[key] += file[key];
  }
  return sum;
}
