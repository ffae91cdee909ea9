/**
 * The import boundaries of eslint.config.js, each proven by a probe: a file that would sit in one
 * zone and imports what that zone may not, linted as `npm run lint` lints it. Each probe must fail
 * with the rule that guards it, and the control probes (imports the layout allows) must pass.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rules that report on `code` placed at `file` (relative to the repository). */
async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const probe = value;\n`, {
    filePath: resolve(ROOT, file),
  });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const ZONE = 'import-x/no-restricted-paths';

/** [zone, probe file, import] that the layout forbids, with the rule expected to say so. */
const FORBIDDEN: [string, string, string, string][] = [
  ['core: no node: module', 'src/core/probe.ts', 'node:fs', 'import-x/no-nodejs-modules'],
  ['core: no React', 'src/core/probe.ts', 'react', 'no-restricted-imports'],
  ['core: not the ingest', 'src/core/probe.ts', '../ingest/text', ZONE],
  ['core: not lib', 'src/core/probe.ts', '@/lib/paths', ZONE],
  ['core: not components', 'src/core/probe.ts', '@/components/icons/Search', ZONE],
  ['core: not a feature', 'src/core/text/probe.ts', '../../features/feed/FeedPage', ZONE],
  ['core: not app', 'src/core/probe.ts', '@/app/router', ZONE],
  ['components: not a feature', 'src/components/probe.ts', '@/features/feed/FeedPage', ZONE],
  ['components: not app', 'src/components/ui/probe.ts', '../../app/Layout', ZONE],
  ['lib: not a feature', 'src/lib/probe.ts', '@/features/import/fileRequest', ZONE],
  ['lib: not app', 'src/lib/probe.ts', '@/app/router', ZONE],
  [
    'feature: not another feature',
    'src/features/feed/probe.ts',
    '@/features/reader/ArticleReader',
    ZONE,
  ],
  [
    'feature: not another, relatively',
    'src/features/import/probe.ts',
    '../entities/EntityPage',
    ZONE,
  ],
  ['feature: not the ingest', 'src/features/feed/probe.ts', '@/ingest/text', ZONE],
  ['app: not the scripts', 'src/app/probe.ts', '../../scripts/lib/afterIngest', ZONE],
  ['lib: not the ingest', 'src/lib/probe.ts', '../ingest/text', ZONE],
  ['ingest: not a feature', 'src/ingest/probe.ts', '@/features/feed/FeedPage', ZONE],
  ['ingest: not app', 'src/ingest/probe.ts', '../app/router', ZONE],
  ['ingest: not components', 'src/ingest/probe.ts', '@/components/icons/Search', ZONE],
  ['ingest: not lib', 'src/ingest/probe.ts', '@/lib/paths', ZONE],
];

/** Imports the layout allows: these probes lint clean. */
const ALLOWED: [string, string, string][] = [
  ['core inside core', 'src/core/probe.ts', './text/slug'],
  ['a feature: core, lib, components', 'src/features/feed/probe.ts', '@/core/text/slug'],
  ['app composes features', 'src/app/probe.ts', '@/features/feed/FeedPage'],
  ['lib: core', 'src/lib/probe.ts', '@/core/schema'],
  ['ingest: core and node:', 'src/ingest/probe.ts', 'node:fs'],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(FORBIDDEN)('%s', async (_zone, file, from, rule) => {
    expect(await rulesBroken(file, `import * as value from '${from}';`)).toContain(rule);
  });

  it.each(ALLOWED)('allows %s', async (_zone, file, from) => {
    expect(await rulesBroken(file, `import * as value from '${from}';`)).toEqual([]);
  });

  it('keeps one import order', async () => {
    const code = `import { slugify } from '@/core/text/slug';\nimport { z } from 'zod';\nconst value = [slugify, z];`;
    const [result] = await eslint.lintText(`${code}\nexport const probe = value;\n`, {
      filePath: resolve(ROOT, 'src/lib/probe.ts'),
    });
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['import-x/order']);
  });
});
