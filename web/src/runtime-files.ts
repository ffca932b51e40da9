// The files helpbridge reads at run time from its assetBase: the wasm core, the
// model and the locales. A bundler does not see them (they are fetched by URL,
// not imported), so an app that bundles helpbridge copies them, as they are, to
// where it serves static files and passes that folder as assetBase
// (`npx helpbridge assets public/helpbridge`, then assetBase: '/helpbridge/').

/** Relative to the package root and to assetBase alike; folders are copied whole. */
export const RUNTIME_FILES = [
  'dist/core/helpbridge-core.mjs',
  'dist/core/helpbridge-core.wasm',
  'models/model.onnx',
  'models/manifest.json',
  'locales',
] as const;

/** Copies the runtime files into target (a folder path or file: URL), replacing
 * older copies. Returns the paths copied, relative to target. */
export async function copyRuntimeFiles(target: string | URL, packageRoot: URL = new URL('../', import.meta.url)): Promise<string[]> {
  const { cp, rm } = await import('node:fs/promises');
  const { pathToFileURL } = await import('node:url');
  const folder = typeof target === 'string' ? pathToFileURL(target) : target;
  const into = new URL(folder.href.endsWith('/') ? folder.href : `${folder.href}/`);
  for (const file of RUNTIME_FILES) {
    const destination = new URL(file, into);
    await rm(destination, { recursive: true, force: true }); // no stale files from an older version
    await cp(new URL(file, packageRoot), destination, { recursive: true });
  }
  return [...RUNTIME_FILES];
}
