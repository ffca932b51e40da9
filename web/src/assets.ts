// Where the package's static files are, and how to read them in a browser
// (fetch, same origin as the page by default) or in Node (the file system).
// These are the only reads helpbridge makes: its own files, never user text.

const isNode = typeof process === 'object' && typeof process?.versions?.node === 'string';

/** The package root: the folder holding dist/, models/ and locales/. */
export function defaultAssetBase(): URL {
  return new URL('../', import.meta.url);
}

export function resolveAssetBase(base?: string | URL): URL {
  if (base === undefined) return defaultAssetBase();
  const text = String(base).endsWith('/') ? String(base) : `${String(base)}/`;
  if (isNode && !/^[a-z]+:/i.test(text)) return new URL(text, `file://${process!.cwd()}/`);
  return new URL(text, globalThis.location?.href);
}

export class AssetError extends Error {
  constructor(readonly url: string, message: string) {
    super(message);
    this.name = 'AssetError';
  }
}

export async function readAsset(url: URL): Promise<Uint8Array> {
  if (url.protocol === 'file:') {
    // Node only. Named by a variable so that bundlers leave it out of browser builds.
    const fsModule = 'node:fs/promises';
    const { readFile } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule)) as typeof import('node:fs/promises');
    try {
      return await readFile(url);
    } catch (error) {
      throw new AssetError(url.href, `cannot read ${url.href}: ${(error as Error).message}`);
    }
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new AssetError(url.href, `cannot load ${url.href}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function readTextAsset(url: URL): Promise<string> {
  return new TextDecoder().decode(await readAsset(url));
}
