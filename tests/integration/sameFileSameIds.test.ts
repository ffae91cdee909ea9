/**
 * One way in: the same file gives the same article and the same ids through the ingest (Node,
 * jsdom) and through the import page (the page's file reading and HTML parsing with DOMParser,
 * then the worker's builder and the engine), for every format, with names that carry
 * apostrophes, accents and hyphens. And a reader's own article quoting a corpus person whose
 * name has an apostrophe links to that person's page.
 */
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '@/core/annotate';
import { entityFilePath, pagePath } from '@/core/corpus/paths';
import {
  annotatedArticleSchema,
  indexShardSchema,
  type AnnotatedArticle,
  type IndexRecord,
} from '@/core/schema';
import { fileImportRequest } from '@/features/import/fileRequest';
import { buildArticleInput } from '@/lib/imported/input/buildInput';
import { toImportedRecord } from '@/lib/imported/record';
import { entityPath } from '@/lib/paths';
import { runIngest } from '@/ingest/ingest';
import { createReporter } from '@/ingest/progress';

const TITLE = 'Cork harbour pilots to work shorter shifts';
const PARAGRAPHS = [
  'Harbour pilots in Cork will work shorter shifts from March after a review of night-time collisions, the port company said on Monday.',
  '"We have asked too much of too few people for too long," said Seán O\'Neill, the harbour master. "Shorter shifts are the least we owe them."',
  'Ana-Lucía Ferreira, who leads the pilots\' union, welcomed the change. "It is a good first step," she said.',
  "O'Neill said two more pilots would be hired before the summer season, and Zoë Ní Bhriain of the port company confirmed the budget.",
];

/** The same article in each format a content file or a dropped file may have. */
const FILES: Record<string, string> = {
  'cork-pilots-md.md': [
    '---',
    `title: "${TITLE}"`,
    'published: 2026-02-02',
    'source: { name: Test Harbour Wire, country: IE }',
    'byline: Róisín Ó Dálaigh',
    'language: en',
    '---',
    '',
    ...PARAGRAPHS.flatMap((paragraph) => [paragraph, '']),
  ].join('\n'),
  'cork-pilots-txt.txt': [
    TITLE,
    'Published: 2026-02-02',
    'Source: Test Harbour Wire (IE)',
    'Byline: Róisín Ó Dálaigh',
    'Language: en',
    '',
    PARAGRAPHS.join('\n\n'),
  ].join('\n'),
  'cork-pilots-json.json': JSON.stringify({
    title: TITLE,
    published: '2026-02-02',
    source: { name: 'Test Harbour Wire', country: 'IE' },
    byline: 'Róisín Ó Dálaigh',
    language: 'en',
    body: PARAGRAPHS,
  }),
  'cork-pilots-html.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>${TITLE} | Test Harbour Wire</title>
    <meta property="og:site_name" content="Test Harbour Wire">
    <meta name="source-country" content="IE">
    <meta property="article:published_time" content="2026-02-02">
    <script>globalThis.__pageScriptRan = true</script></head><body>
    <nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
    <article><h1>${TITLE}</h1><p>By Róisín Ó Dálaigh</p>
    ${PARAGRAPHS.map((paragraph) => `<p>${paragraph.replace(/"/g, '&quot;')}</p>`).join('\n')}
    </article><footer>Copyright Test Harbour Wire</footer></body></html>`,
};

let dataDir = '';
const ingested = new Map<string, { article: AnnotatedArticle; record: IndexRecord }>();

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(dataDir, path), 'utf8'));
}

beforeAll(async () => {
  // The import page parses HTML with the browser's DOMParser; here jsdom's stands in for it.
  (globalThis as { DOMParser?: unknown }).DOMParser = new JSDOM('').window.DOMParser;
  const root = mkdtempSync(join(tmpdir(), 'one-way-in-'));
  const contentDir = join(root, 'content');
  mkdirSync(contentDir);
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(contentDir, name), text);
  dataDir = join(root, 'data');
  const result = await runIngest({
    contentDir,
    outDir: dataDir,
    cacheDir: join(root, 'cache'),
    jobs: 1,
    reporter: createReporter({ quiet: true, write: () => undefined }),
  });
  expect(result.problems).toEqual([]);
  const pages = result.manifest?.pages;
  expect(pages?.count).toBe(1);
  const shard = indexShardSchema.parse(readJson(pages ? pagePath(pages, 0) : ''));
  for (const record of shard.records) {
    ingested.set(record.id, {
      article: annotatedArticleSchema.parse(readJson(record.file)),
      record,
    });
  }
}, 120_000);

/** What the import page makes of a file: read, parsed, built and annotated as in the browser. */
async function importFile(name: string): Promise<AnnotatedArticle> {
  const file = new File([FILES[name] ?? ''], name);
  const request = await fileImportRequest(file, {});
  return annotatedArticleSchema.parse(annotate(buildArticleInput(request, 'mine-test')));
}

const withoutId = ({ id: _id, ...rest }: AnnotatedArticle) => rest;

describe('the same file through the ingest and through the import page', () => {
  it('ingests every format', () => {
    expect([...ingested.keys()].sort()).toEqual(
      Object.keys(FILES)
        .map((name) => name.replace(/\.\w+$/, ''))
        .sort(),
    );
    expect((globalThis as { __pageScriptRan?: boolean }).__pageScriptRan).toBeUndefined();
  });

  it.each(Object.keys(FILES))('%s gives the same article, entity ids and record', async (name) => {
    const corpus = ingested.get(name.replace(/\.\w+$/, ''));
    expect(corpus).toBeDefined();
    if (!corpus) return;
    const imported = await importFile(name);
    expect(withoutId(imported)).toEqual(withoutId(corpus.article));
    const ids = imported.entities.map((entity) => entity.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'person-sean-o-neill',
        'person-ana-lucia-ferreira',
        'person-zoe-ni-bhriain',
      ]),
    );
    const record = toImportedRecord(imported, new Date(0));
    expect(record.people).toEqual(corpus.record.people);
    expect(record.excerpt).toBe(corpus.record.excerpt);
    expect(record.topics).toEqual(corpus.record.topics);
  });
});

describe('an imported article quoting a corpus person', () => {
  it("links to the page of a person whose name has an apostrophe (Seán O'Neill)", async () => {
    const input = buildArticleInput({
      format: 'paste',
      text: `New pilot boats ordered for Cork\n\n"The boats are long overdue," said Seán O'Neill, the harbour master, on Friday.`,
      meta: {},
    });
    const article = annotate(input);
    const speaker = article.quotes.find((quote) => quote.speaker)?.speaker;
    expect(speaker).toMatchObject({ name: "Seán O'Neill", entityId: 'person-sean-o-neill' });
    if (!speaker) return;
    // The reader links a speaker of an imported article when the corpus has that page.
    expect(existsSync(join(dataDir, entityFilePath(speaker.entityId)))).toBe(true);
    expect(entityPath(speaker.entityId)).toBe('/entities/person-sean-o-neill');
  });
});
