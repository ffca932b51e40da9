// The ES module glue refers to require() and __dirname when it runs under Node,
// and ES modules have neither. The loader always passes wasmBinary under Node,
// so these are only needed for the glue's own bookkeeping.
if (typeof process === 'object' && process.versions && process.versions.node && typeof require === 'undefined') {
  var require = process.getBuiltinModule('module').createRequire(process.cwd() + '/');
  var __dirname = process.cwd();
}
