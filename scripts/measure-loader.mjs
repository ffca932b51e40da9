// The loader's size: the modules a page downloads before the first keystroke,
// that is dist/index.js and everything it imports statically (dynamic import()
// loads later, on demand, and does not count). Prints raw, gzip and brotli
// (quality 11) per module and in total.
//
//   node scripts/measure-loader.mjs [entry.js] [--json]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The budget for the loader, in brotli bytes. */
export const LOADER_BUDGET_BROTLI = 15_000;

// `import x from '...'`, `import '...'`, `export * from '...'`, `export { x } from '...'`
// at the start of a statement; `import(...)` is dynamic and not matched.
const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?(['"])([^'"\n]+)\1/g;

/** The specifiers a module imports statically. */
export function staticImports(source) {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...withoutComments.matchAll(STATIC_IMPORT)].map((match) => match[2]);
}

function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

/**
 * Follows the static import graph from entry. Bare specifiers (other
 * packages) are listed in `external`: a loader should have none.
 */
export function measureLoader(entry = path.join(root, 'dist/index.js')) {
  const modules = [];
  const external = new Set();
  const seen = new Set();
  const queue = [path.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    modules.push({ file: path.relative(root, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) });
    for (const specifier of staticImports(bytes.toString('utf8'))) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) queue.push(path.resolve(path.dirname(file), specifier));
      else external.add(specifier);
    }
  }
  const total = (key) => modules.reduce((sum, module) => sum + module[key], 0);
  return { modules, external: [...external], total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const entry = args.find((arg) => !arg.startsWith('--'));
  const result = measureLoader(entry ? path.resolve(entry) : undefined);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    const row = (name, m) => `${name.padEnd(28)} ${String(m.raw).padStart(8)} ${String(m.gzip).padStart(8)} ${String(m.brotli).padStart(8)}`;
    console.log(`${'module'.padEnd(28)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}`);
    for (const module of result.modules) console.log(row(module.file, module));
    console.log(row('total (each file alone)', result.total));
    if (result.external.length > 0) console.log(`other packages imported statically: ${result.external.join(', ')}`);
    console.log(`budget: ${LOADER_BUDGET_BROTLI} B brotli — ${result.total.brotli <= LOADER_BUDGET_BROTLI ? 'within' : 'OVER'}`);
  }
}
