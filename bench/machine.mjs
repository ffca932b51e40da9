// The machine and the versions a bench ran on, for the report.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function firstLine(command, args, env = process.env) {
  try {
    return execFileSync(command, args, { cwd: root, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch {
    return 'unknown';
  }
}

function osName() {
  const release = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1] ?? os.type();
  return `${release}, Linux ${os.release()}`;
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: cpus.length,
    memory_gb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: osName(),
  };
}

export function versions(chromiumPath = '/usr/bin/chromium') {
  const commit = firstLine('git', ['rev-parse', '--short=12', 'HEAD']);
  // The bench's own output (docs/) does not make the measured code dirty.
  const dirty = firstLine('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs']) !== '';
  return {
    node: process.version,
    chromium: firstLine(chromiumPath, ['--version']),
    onnxruntime_web: JSON.parse(readFileSync(path.join(root, 'node_modules/onnxruntime-web/package.json'), 'utf8')).version,
    emcc: firstLine('emcc', ['--version'], { ...process.env, NODE_PATH: '/usr/share/nodejs' }).replace(/^emcc \(.*?\) /, '').replace(/ \(\)$/, ''),
    helpbridge_commit: dirty ? `${commit} (with uncommitted changes)` : commit,
  };
}
