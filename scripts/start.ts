// npm start: ingest the sample corpus, build the app, serve it and print its address.
// A refused article does not stop the app: the ingest names it and the others are served
// (scripts/lib/afterIngest.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterIngest } from './lib/afterIngest';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command: string, args: string[]): number =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const ingest = run(process.execPath, [
  '--max-old-space-size=1024',
  '--import',
  'tsx',
  'scripts/ingest.ts',
]);
const next = afterIngest(ingest, existsSync(`${root}/public/data/manifest.json`));
if (next.message) console.warn(next.message);
if (!next.serve) process.exit(1);

if (run(process.execPath, ['node_modules/vite/bin/vite.js', 'build']) !== 0) {
  console.error('The app could not be built (see above).');
  process.exit(1);
}
// Runs until stopped (Ctrl+C); options such as --port go to the server.
process.exit(run(process.execPath, ['scripts/serve.mjs', ...process.argv.slice(2)]));
