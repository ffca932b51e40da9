// The few Node.js globals the package touches when it runs under Node (the CLI
// and tests); declared here instead of depending on @types/node for browser code.
declare const process: { versions?: { node?: string }; cwd(): string } | undefined;
declare module 'node:fs/promises' {
  export function readFile(path: URL | string): Promise<Uint8Array>;
}
