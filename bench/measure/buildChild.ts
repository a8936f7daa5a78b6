/**
 * One production build with another public folder (its data/cuba-syria.json
 * is the bundled dataset), run by measure/build.ts in a process of its own:
 *
 *   tsx bench/measure/buildChild.ts <publicDir> <outDir>
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const [publicDir, outDir] = process.argv.slice(2);
if (!publicDir || !outDir) {
  console.error('usage: tsx bench/measure/buildChild.ts <publicDir> <outDir>');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..', '..');
build({ root, publicDir, logLevel: 'info', build: { outDir, emptyOutDir: true } }).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
