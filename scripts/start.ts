// npm start: ingest the sample corpus, build the app, serve it and print its address.
// A refused article does not stop the app: the ingest names it and the others are served
// (scripts/lib/afterIngest.ts). Stopping this process (Ctrl+C, kill) stops the step running
// (scripts/lib/runChild.ts) and goes no further.
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterIngest } from './lib/afterIngest';
import { runChild } from './lib/runChild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs one step; when a signal stopped it, this process ends the same way. */
async function run(command: string, args: string[]): Promise<number> {
  const { code, signal } = await runChild(command, args, { cwd: root });
  if (signal) process.exit(128 + (constants.signals[signal] ?? 0));
  return code;
}

const ingest = await run(process.execPath, [
  '--max-old-space-size=1024',
  '--import',
  'tsx',
  'scripts/ingest.ts',
]);
const next = afterIngest(ingest, existsSync(`${root}/public/data/manifest.json`));
if (next.message) console.warn(next.message);
if (!next.serve) process.exit(1);

if ((await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'])) !== 0) {
  console.error('The app could not be built (see above).');
  process.exit(1);
}
// Runs until stopped (Ctrl+C); options such as --port go to the server.
process.exit(await run(process.execPath, ['scripts/serve.mjs', ...process.argv.slice(2)]));
