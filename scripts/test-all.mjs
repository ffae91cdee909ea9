#!/usr/bin/env node
// `npm test`: every check and every test, in order, then one line "N passed, N failed".
// Tests counted: Vitest's (from its JSON report), the load check (1) and the end-to-end specs.
// A failed check (tsc, ESLint, Prettier) counts as 1 failed. Everything runs even after a
// failure, so one run shows all problems; the exit code is non-zero if anything failed.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, runE2E } from '../tests/e2e/run.mjs';
import { testUnderLoad } from './test-under-load.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BIN = join(ROOT, 'node_modules', '.bin');

const CHECKS = [
  ['TypeScript (tsc --noEmit)', 'tsc', ['--noEmit']],
  ['ESLint (--max-warnings 0)', 'eslint', ['.', '--max-warnings', '0']],
  ['Prettier (--check)', 'prettier', ['--check', '.', '--log-level', 'warn']],
];

const summary = [];
let passed = 0;
let failed = 0;

function heading(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

for (const [title, bin, args] of CHECKS) {
  heading(title);
  const ok = (await run(join(BIN, bin), args)) === 0;
  if (!ok) failed += 1;
  summary.push(`${ok ? '✓' : '✗'} ${title}`);
}

heading('Vitest (unit and component tests)');
{
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-vitest-'));
  const report = join(dir, 'vitest.json');
  const code = await run(join(BIN, 'vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let counts = null;
  try {
    const json = JSON.parse(await readFile(report, 'utf8'));
    // A test file that fails to load has no test results but is a failure all the same.
    const brokenFiles = json.testResults.filter(
      (file) => file.status === 'failed' && file.assertionResults.length === 0,
    ).length;
    counts = { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles };
  } catch {
    // No report: vitest itself failed to start.
  }
  if (!counts) counts = { passed: 0, failed: 1 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  summary.push(
    `${counts.failed ? '✗' : '✓'} Vitest: ${counts.passed} passed, ${counts.failed} failed`,
  );
  await rm(dir, { recursive: true, force: true });
}

heading('Component tests under load (two CPU burners beside them)');
{
  // `npm run test:load` runs them 5 times in a row; here once (BROADSHEET_LOAD_RUNS to change).
  const runs = Number(process.env.BROADSHEET_LOAD_RUNS ?? 1);
  const { passedRuns } = await testUnderLoad({ runs });
  const ok = passedRuns === runs;
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${ok ? '✓' : '✗'} Under load: ${passedRuns} of ${runs} runs passed`);
}

heading('End-to-end tests (Chromium)');
{
  const e2e = await runE2E();
  passed += e2e.passed;
  failed += e2e.failed;
  summary.push(
    e2e.skipped
      ? '- End-to-end: SKIPPED (BROADSHEET_SKIP_E2E=1)'
      : `${e2e.failed ? '✗' : '✓'} End-to-end: ${e2e.passed} passed, ${e2e.failed} failed`,
  );
}

heading('Summary');
console.log(summary.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
