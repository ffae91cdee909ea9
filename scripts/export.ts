/**
 * npm run export -- --format ninjs [--data public/data] [--out export/ninjs] [--no-extensions]
 * Exports the built corpus (run `npm run ingest` first), one IPTC ninjs 2.1 JSON file per article.
 */
import { parseArgs } from 'node:util';
import { exportNinjs } from '../src/ingest/export/exportCorpus';
import { createReporter } from '../src/ingest/progress';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'ninjs' },
      data: { type: 'string', default: 'public/data' },
      out: { type: 'string' },
      'no-extensions': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'ninjs')
    throw new Error(`unknown format "${values.format}" (supported: ninjs)`);
  const outDir = values.out ?? 'export/ninjs';
  const reporter = createReporter({ quiet: values.quiet });
  const count = await exportNinjs({
    dataDir: values.data,
    outDir,
    extensions: !values['no-extensions'],
    onProgress: (done, total) => reporter.progress('export', done, total),
  });
  reporter.finish();
  reporter.log(`wrote ${count} ninjs files to ${outDir}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
