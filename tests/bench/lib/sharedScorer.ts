/**
 * Runs ../shared/eval/score.mjs on the same gold and predictions as the project's scorer and
 * prints whether every figure agrees (the two scorers must print identical figures on every set).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { f1 } from './score';
import type { Totals } from './accuracyReport';

const SHARED_SCORER = path.resolve(import.meta.dirname, '../../../../shared/eval/score.mjs');

interface SharedTotals {
  quotes: { f1: number | null; speaker_acc: number | null; e2e: { f1: number | null } };
  entities: Record<'person' | 'organization' | 'location' | 'all', { f1: number | null }>;
  countries: { f1: number | null };
  topics: { main: number | null };
}

export function crossCheck(goldDir: string, predDir: string, totals: Totals): void {
  if (!existsSync(SHARED_SCORER)) return;
  let theirs: SharedTotals;
  try {
    const out = execFileSync(
      'node',
      [SHARED_SCORER, '--dir', goldDir, '--pred-dir', predDir, '--json'],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    theirs = (JSON.parse(out) as { totals: SharedTotals }).totals;
  } catch (error) {
    console.log(`shared scorer     could not run: ${(error as Error).message.split('\n')[0]}`);
    return;
  }
  const ours: [string, number, number | null][] = [
    ['quote F1', f1(totals.quotes), theirs.quotes.f1],
    ['speaker', totals.matched ? totals.speaker / totals.matched : 0, theirs.quotes.speaker_acc],
    ['end-to-end', f1(totals.e2e), theirs.quotes.e2e.f1],
    ['entity F1', f1(totals.entities.all), theirs.entities.all.f1],
    ['person', f1(totals.entities.person), theirs.entities.person.f1],
    ['organisation', f1(totals.entities.organization), theirs.entities.organization.f1],
    ['location', f1(totals.entities.location), theirs.entities.location.f1],
    ['country F1', f1(totals.countries), theirs.countries.f1],
    ['main topic', totals.topicDocs ? totals.topicHits / totals.topicDocs : 0, theirs.topics.main],
  ];
  const differ = ours.filter(([, mine, other]) => Math.abs(mine - (other ?? 0)) > 1e-9);
  console.log(
    differ.length === 0
      ? `shared scorer     identical figures (${ours.length} compared)`
      : `shared scorer     DIFFERS: ${differ.map(([name, mine, other]) => `${name} ours ${mine.toFixed(4)} theirs ${(other ?? 0).toFixed(4)}`).join('; ')}`,
  );
}
