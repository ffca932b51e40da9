// Where the built artefacts live, for every test file.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'dist');
export const nativeBuild = path.join(root, 'build/native');
export const featurizeTool = path.join(nativeBuild, 'helpbridge-featurize');
