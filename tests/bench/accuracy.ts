/**
 * npm run bench:accuracy — the engine's accuracy on every gold set (tests/bench/lib/goldSets.ts):
 * the project's gold and held-out sets, and, when ../shared is present, GUM news and the Wikinews
 * development and held-out parts. Scored with the project's scorer (tests/bench/lib/score.ts);
 * prints, in the same run, the entity F1 of compromise alone on the same texts as the baseline,
 * and checks every figure against ../shared/eval/score.mjs when that script is present.
 *   --verbose   list misses, spurious quotes and wrong speakers per document (not for the
 *               blind sets, which stay blind: --show-blind-misses prints theirs too)
 *   --only ID   score one document
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { annotate } from '../../src/core/annotate';
import { topicByCode } from '../../src/core/topics/mediaTopics';
import { compromiseMentions } from './lib/compromiseBaseline';
import { GOLD_SETS, loadGoldSet, type GoldSet } from './lib/goldSets';
import { crossCheck } from './lib/sharedScorer';
import { newTotals, printDetails, printTotals, addDocument } from './lib/accuracyReport';
import { scoreDocument, type Gold, type Prediction } from './lib/score';

const root = path.resolve(import.meta.dirname, '../..');
const verbose = process.argv.includes('--verbose');
const showBlindMisses = process.argv.includes('--show-blind-misses');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;

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

function runSet(set: GoldSet): void {
  if (!existsSync(set.dir)) {
    console.log(`\n## ${set.name}: not present (${path.relative(root, set.dir)}), skipped`);
    return;
  }
  const golds = loadGoldSet(set, only);
  // The heading comes first, so --verbose details sit under the set they belong to.
  console.log(`\n## ${set.name} (${golds.length} articles)`);
  const totals = newTotals();
  const goldDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-gold-'));
  const predDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-pred-'));
  for (const [file, gold] of golds) {
    const { article, prediction } = predict(gold);
    writeFileSync(path.join(goldDir, file), JSON.stringify(gold));
    writeFileSync(path.join(predDir, file), JSON.stringify(article));
    const baseline = scoreDocument(gold, {
      quotes: [],
      mentions: compromiseMentions(gold.text),
      countries: [],
      topics: [],
    });
    addDocument(totals, scoreDocument(gold, prediction), baseline);
    if (verbose && (!set.blind || showBlindMisses)) printDetails(gold, prediction);
  }
  if (verbose) console.log(`\n## ${set.name}: totals`);
  printTotals(totals);
  if (!only) crossCheck(goldDir, predDir, totals);
  rmSync(goldDir, { recursive: true, force: true });
  rmSync(predDir, { recursive: true, force: true });
}

console.log(
  'Broadsheet annotation accuracy (scorer: tests/bench/lib/score.ts, rules of shared/eval/README.md)',
);
for (const set of GOLD_SETS) runSet(set);
