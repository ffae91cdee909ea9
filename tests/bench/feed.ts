/**
 * `npm run bench:feed`: the feed model at 10,000 and 100,000 synthetic articles, against a naive
 * Array.filter over the same records. Prints median and p95 milliseconds of (a) a facet toggle
 * with every count recomputed, (b) a search keystroke with a facet selected, (c) the first
 * render of 30 cards in jsdom (query included). Targets at 100k: (a) <= 10 ms, (b) <= 15 ms.
 */
import { gzipSync } from 'node:zlib';
import type { IndexRecord } from '../../src/core/schema';
import { FeedIndex } from '../../src/features/feed/model/feedIndex';
import { feedState, type FeedState } from '../../src/features/feed/model/feedState';
import { createNaiveFeed } from '../../src/features/feed/model/naiveQuery';
import { searchBucketFileSchema } from '../../src/core/schema';
import { SearchBucketsBuilder } from '../../src/core/search/buckets';
import { decodeBucket } from '../../src/features/feed/model/corpusSearch';
import { SearchIndex } from '../../src/features/feed/model/searchIndex';
import { jsdomWindow } from './lib/jsdom';
import { timeMiniSearch } from './lib/minisearchBaseline';
import { renderCards } from './lib/renderCards';
import { formatTable, ms, timeOnce, timeSteps, type Timing } from './lib/stats';
import { shards, syntheticCorpus } from './lib/synthetic';
import { broadToggleSteps, facetToggleSteps, keystrokeSteps } from './lib/feedScenarios';

const SIZES = [10_000, 100_000];
const TARGETS: Record<string, number> = {
  'facet toggle + counts': 10,
  'facet toggle, 1 broad value': 10,
  'search keystroke': 15,
};
const CARDS = 30;

interface Row {
  size: number;
  operation: string;
  index: Timing;
  naive: Timing;
}

function benchSize(size: number, rows: Row[], notes: string[]): void {
  const corpus = syntheticCorpus(size);
  const peopleNames = new Map(corpus.people.map((person) => [person.id, person.name]));
  const index = new FeedIndex({ people: corpus.people });
  const search = new SearchIndex();
  index.attachSearch(search);
  const buildMs = timeOnce(() => shards(corpus.records, 1000).forEach((shard) => index.add(shard)));
  const firstSearchMs = timeOnce(() => index.query(feedState({ q: 'warmup' })));
  let naive: ReturnType<typeof createNaiveFeed> = () => ({
    ids: [],
    counts: {} as never,
    matchedTerms: null,
  });
  const naivePrepMs = timeOnce(() => (naive = createNaiveFeed(corpus.records, peopleNames)));
  // The corpus's search files, as the ingest writes them (buckets by first two letters).
  const builder = new SearchBucketsBuilder();
  corpus.records.forEach((record, doc) =>
    builder.add(doc, [
      record.title,
      record.excerpt,
      ...record.people.map((id) => peopleNames.get(id) ?? ''),
    ]),
  );
  const files = builder.build().map((bucket) => JSON.stringify(bucket.file));
  const gzipped = files.map((json) => gzipSync(json).length);
  const loadMs = timeOnce(() =>
    files.forEach((json) =>
      decodeBucket(searchBucketFileSchema.parse(JSON.parse(json)), size, 'bench'),
    ),
  );
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  notes.push(
    `${size.toLocaleString('en')} articles: index build ${ms(buildMs)} ms (shards of 1,000), ` +
      `search index built on first search ${ms(firstSearchMs)} ms, naive word prep ${ms(naivePrepMs)} ms; ` +
      `search files: ${files.length} buckets, ${mb(sum(files.map((f) => f.length)))} MB ` +
      `(${mb(sum(gzipped))} MB gzip, largest ${(Math.max(...gzipped) / 1024).toFixed(0)} KB gzip), ` +
      `parse+decode of all ${ms(loadMs)} ms`,
  );

  const toggles = facetToggleSteps(index);
  const check = (state: FeedState) => {
    const fast = index.query(state).total;
    const slow = naive(state).ids.length;
    if (fast !== slow) throw new Error(`Index and naive disagree on ${JSON.stringify(state)}`);
  };
  toggles.forEach(check);
  rows.push({
    size,
    operation: 'facet toggle + counts',
    index: timeSteps(toggles, (state) => index.query(state)),
    naive: timeSteps(toggles, (state) => naive(state)),
  });

  const broad = broadToggleSteps(index);
  broad.forEach(check);
  rows.push({
    size,
    operation: 'facet toggle, 1 broad value',
    index: timeSteps(broad, (state) => index.query(state)),
    naive: timeSteps(broad, (state) => naive(state)),
  });

  // Each word is typed once per measurement: the index caches matched words, so warm up on others.
  const { measured, warmup } = keystrokeSteps(index, corpus);
  measured.slice(0, 12).forEach(check);
  rows.push({
    size,
    operation: 'search keystroke',
    index: timeSteps(measured, (state) => index.query(state), warmup),
    naive: timeSteps(measured, (state) => naive(state), warmup.slice(0, 3)),
  });

  if (process.argv.includes('--minisearch')) {
    const mini = timeMiniSearch(corpus, measured);
    notes.push(
      `${size.toLocaleString('en')} articles, MiniSearch (same prefix/typo options, search only): ` +
        `build ${ms(mini.buildMs)} ms, keystroke median ${ms(mini.keystroke.median)} ms, p95 ${ms(mini.keystroke.p95)} ms`,
    );
  }

  const window = jsdomWindow('<!doctype html><main></main>');
  const doc = window.document;
  const main = doc.querySelector('main');
  if (!main) throw new Error('jsdom: no main');
  const renderStates = [feedState(), ...toggles.slice(0, 9), ...measured.slice(0, 10)];
  const byId = new Map(corpus.records.map((record) => [record.id, record]));
  const render = (records: IndexRecord[], matchedTerms: ReadonlySet<string> | null) => {
    main.replaceChildren();
    renderCards(doc, main, records, { personName: (id) => index.personName(id), matchedTerms });
  };
  rows.push({
    size,
    operation: `first render, ${CARDS} cards (jsdom)`,
    index: timeSteps(renderStates, (state) => {
      const result = index.query(state);
      render(
        Array.from(result.docs.subarray(0, CARDS), (d) => index.record(d)),
        result.matchedTerms,
      );
    }),
    naive: timeSteps(renderStates, (state) => {
      const result = naive(state);
      const records = result.ids.slice(0, CARDS).flatMap((id) => byId.get(id) ?? []);
      render(records, result.matchedTerms);
    }),
  });
  window.close();
}

function main(): void {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const size of SIZES) benchSize(size, rows, notes);
  const table = formatTable(
    [
      'articles',
      'operation',
      'index median',
      'index p95',
      'naive median',
      'naive p95',
      'speed-up',
      'target',
      'runs',
    ],
    rows.map((row) => {
      const target = size100k(row.size) ? TARGETS[row.operation] : undefined;
      const verdict =
        target === undefined ? '' : `${row.index.median <= target ? 'ok' : 'MISSED'} <=${target}`;
      return [
        row.size.toLocaleString('en'),
        row.operation,
        ms(row.index.median),
        ms(row.index.p95),
        ms(row.naive.median),
        ms(row.naive.p95),
        `${(row.naive.median / row.index.median).toFixed(1)}x`,
        verdict,
        String(row.index.runs),
      ];
    }),
  );
  console.log(`\nFeed model benchmark (Node ${process.version}; milliseconds)\n`);
  console.log(table);
  console.log(`\n${notes.join('\n')}`);
  console.log(
    'Index and naive totals were checked to agree on every timed toggle and 12 keystrokes.',
  );
}

const size100k = (size: number) => size >= 100_000;

main();
