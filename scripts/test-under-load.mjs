#!/usr/bin/env node
// `npm run test:load [-- --runs N] [files…]`: the component tests (the ones that wait for lazy
// parts of a page) N times in a row (default 5) while two CPU burners run beside them, as on a
// busy CI machine. Fails on the first run that fails. The burners are this script's own child
// processes, stopped by their PIDs when the runs end.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../tests/e2e/run.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEFAULT_FILES = ['.test.tsx'];
const BURNERS = 2;

export async function testUnderLoad({ runs = 5, files = DEFAULT_FILES } = {}) {
  const burners = Array.from({ length: BURNERS }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  let passedRuns = 0;
  try {
    for (let index = 1; index <= runs; index += 1) {
      console.log(`\nRun ${index} of ${runs}, with ${BURNERS} CPU burners beside it`);
      const code = await run(join(ROOT, 'node_modules', '.bin', 'vitest'), ['run', ...files]);
      if (code !== 0) break;
      passedRuns += 1;
    }
  } finally {
    for (const burner of burners) burner.kill('SIGKILL');
  }
  console.log(`${passedRuns} of ${runs} runs passed under load`);
  return { runs, passedRuns };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  const files = args.filter((arg, index) => index !== runsAt && index !== runsAt + 1);
  const { passedRuns } = await testUnderLoad({
    runs,
    files: files.length > 0 ? files : DEFAULT_FILES,
  });
  process.exitCode = passedRuns === runs ? 0 : 1;
}
