// The few Node.js globals the package touches when it runs under Node (the CLI
// and tests); declared here instead of depending on @types/node for browser code.
declare const process: { versions?: { node?: string }; cwd(): string } | undefined;
declare module 'node:fs/promises' {
  export function readFile(path: URL | string): Promise<Uint8Array>;
  export function cp(source: URL | string, destination: URL | string, options?: { recursive?: boolean }): Promise<void>;
  export function rm(path: URL | string, options?: { recursive?: boolean; force?: boolean }): Promise<void>;
}
declare module 'node:url' {
  export function pathToFileURL(path: string): URL;
}
