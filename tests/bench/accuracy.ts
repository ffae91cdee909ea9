/**
 * npm run bench:accuracy — the engine's accuracy on the project's gold (tests/fixtures/gold) and,
 * when present beside the repository, on GUM news (../shared/data/gum-news/gold), scored with the
 * project's scorer (tests/bench/lib/score.ts). Prints, in the same run, the entity F1 of compromise
 * alone on the same texts as the baseline, and cross-checks the totals with ../shared/eval/score.mjs
 * when that script is present.
 *   --verbose   list misses, spurious quotes and wrong speakers per document (not for the
 *               held-out set, which stays blind: --show-blind-misses prints its too)
 *   --only ID   score one document
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { annotate } from '../../src/core/annotate';
import { topicByCode } from '../../src/core/topics/mediaTopics';
import { compromiseMentions } from './lib/compromiseBaseline';
import {
  add,
  f1,
  precision,
  recall,
  scoreDocument,
  zero,
  type Counts,
  type Gold,
  type Prediction,
} from './lib/score';

const root = path.resolve(import.meta.dirname, '../..');
const SETS = [
  { name: 'project gold', dir: path.join(root, 'tests/fixtures/gold') },
  { name: 'GUM news', dir: path.resolve(root, '../shared/data/gum-news/gold') },
  // Written blind, never tuned on (tests/fixtures/gold/README.md): the figure for unseen news.
  // Blind: its per-document misses are never printed (--verbose shows aggregates only), so that
  // nobody tunes the engine on it by accident. --show-blind-misses overrides, deliberately.
  { name: 'held-out gold', dir: path.join(root, 'tests/fixtures/heldout'), blind: true },
];
const SHARED_SCORER = path.resolve(root, '../shared/eval/score.mjs');
const verbose = process.argv.includes('--verbose');
const showBlindMisses = process.argv.includes('--show-blind-misses');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;

function loadGold(dir: string): Gold[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Gold)
    .filter((gold) => typeof gold.text === 'string' && (!only || gold.id === only));
}

function predict(gold: Gold) {
  const article = annotate({ id: gold.id, title: gold.title ?? '', body: gold.text });
  const prediction: Prediction = {
    quotes: article.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker?.name ?? null,
    })),
    mentions: article.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type }))),
    countries: article.countries.map((c) => c.code),
    topics: article.topics.map((t) => topicByCode(t.code)?.label ?? t.code),
  };
  return { article, prediction };
}

const pct = (value: number) => value.toFixed(3);
const prf = (c: Counts) => `P ${pct(precision(c))}  R ${pct(recall(c))}  F1 ${pct(f1(c))}`;

function runSet(name: string, dir: string, blind = false): void {
  if (!existsSync(dir)) {
    console.log(`\n## ${name}: not present (${path.relative(root, dir)}), skipped`);
    return;
  }
  const golds = loadGold(dir);
  // The heading comes first, so --verbose details sit under the set they belong to.
  console.log(`\n## ${name} (${golds.length} articles)`);
  const totals = {
    quotes: zero(),
    e2e: zero(),
    countries: zero(),
    matched: 0,
    speaker: 0,
    topicHits: 0,
    topicDocs: 0,
    entities: { person: zero(), organization: zero(), location: zero(), all: zero() },
    baseline: { person: zero(), organization: zero(), location: zero(), all: zero() },
  };
  const predDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-pred-'));
  for (const gold of golds) {
    const { article, prediction } = predict(gold);
    writeFileSync(path.join(predDir, `${gold.id}.json`), JSON.stringify(article));
    const score = scoreDocument(gold, prediction);
    add(totals.quotes, score.quotes);
    add(totals.e2e, score.e2e);
    add(totals.countries, score.countries);
    totals.matched += score.matched;
    totals.speaker += score.speakerCorrect;
    for (const type of ['person', 'organization', 'location', 'all'] as const)
      add(totals.entities[type], score.entities[type]);
    if (score.mainTopic !== undefined) {
      totals.topicDocs++;
      totals.topicHits += score.mainTopic;
    }
    const base = scoreDocument(gold, {
      quotes: [],
      mentions: compromiseMentions(gold.text),
      countries: [],
      topics: [],
    });
    for (const type of ['person', 'organization', 'location', 'all'] as const)
      add(totals.baseline[type], base.entities[type]);
    if (verbose && (!blind || showBlindMisses)) printDetails(gold, prediction);
  }
  if (verbose) console.log(`\n## ${name}: totals`);
  console.log(
    `quotes            ${prf(totals.quotes)}   (matched ${totals.quotes.tp}, spurious ${totals.quotes.fp}, missed ${totals.quotes.fn})`,
  );
  console.log(
    `speaker accuracy  ${pct(totals.matched ? totals.speaker / totals.matched : 0)}   (${totals.speaker}/${totals.matched})`,
  );
  console.log(`end-to-end quotes ${prf(totals.e2e)}`);
  for (const type of ['person', 'organization', 'location', 'all'] as const) {
    console.log(
      `entities ${type.padEnd(13)}${prf(totals.entities[type])}   compromise alone: F1 ${pct(f1(totals.baseline[type]))}`,
    );
  }
  console.log(`countries         ${prf(totals.countries)}`);
  console.log(
    `main topic        ${totals.topicDocs ? `${pct(totals.topicHits / totals.topicDocs)}   (${totals.topicHits}/${totals.topicDocs})` : '- (no gold topics)'}`,
  );
  crossCheck(dir, predDir, totals.quotes, totals.entities.all);
  rmSync(predDir, { recursive: true, force: true });
}

/** Runs the shared scorer on the same predictions and prints its figures next to ours. */
function crossCheck(goldDir: string, predDir: string, quotes: Counts, entities: Counts): void {
  if (!existsSync(SHARED_SCORER) || only) return;
  try {
    const out = execFileSync(
      'node',
      [SHARED_SCORER, '--dir', goldDir, '--pred-dir', predDir, '--json'],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    const json = JSON.parse(out) as {
      totals?: { quotes?: { f1?: number }; entities?: { all?: { f1?: number } } };
    };
    const theirs = json.totals;
    console.log(
      `shared scorer     quote F1 ${pct(theirs?.quotes?.f1 ?? NaN)} (ours ${pct(f1(quotes))}), entity F1 ${pct(theirs?.entities?.all?.f1 ?? NaN)} (ours ${pct(f1(entities))})`,
    );
  } catch (error) {
    console.log(`shared scorer     could not run: ${(error as Error).message.split('\n')[0]}`);
  }
}

function printDetails(gold: Gold, prediction: Prediction): void {
  const text = gold.text;
  const clip = (s: { start: number; end: number }) =>
    JSON.stringify(text.slice(s.start, s.end).slice(0, 90));
  console.log(`\n# ${gold.id}`);
  for (const g of gold.quotes.filter((q) => !q.optional)) {
    const hit = prediction.quotes.find(
      (p) =>
        Math.min(p.end, g.end) - Math.max(p.start, g.start) >=
        0.5 * Math.min(p.end - p.start, g.end - g.start),
    );
    if (!hit) console.log(`  MISS  ${g.kind.padEnd(8)} [${g.speaker}] ${clip(g)}`);
    else if (hit.speaker !== g.speaker)
      console.log(
        `  SPKR? ${g.kind.padEnd(8)} gold [${g.speaker}] pred [${hit.speaker}] ${clip(g)}`,
      );
  }
  for (const p of prediction.quotes) {
    const hit = gold.quotes.some(
      (g) =>
        Math.min(p.end, g.end) - Math.max(p.start, g.start) >=
        0.5 * Math.min(p.end - p.start, g.end - g.start),
    );
    if (!hit) console.log(`  EXTRA ${p.kind.padEnd(8)} [${p.speaker}] ${clip(p)}`);
  }
}

console.log(
  'Broadsheet annotation accuracy (scorer: tests/bench/lib/score.ts, rules of shared/eval/README.md)',
);
for (const set of SETS) runSet(set.name, set.dir, 'blind' in set && set.blind);
