/**
 * The closing lines of `npm run ingest` and its exit code, from what a run did: what was written,
 * and everything the reader of the log must not miss — bad inputs, articles the engine failed on,
 * articles annotated only in part, a search index that holds only openings.
 */
import type { IngestResult } from './ingest';
import { FULL_TEXT_LIMIT, OPENING_CHARS } from './output/searchIndex';

export interface RunInfo {
  out: string;
  cache: string;
  shard?: { index: number; count: number };
  seconds: string;
}

export interface Summary {
  lines: { text: string; warn: boolean }[];
  /** 0 all good; 1 some inputs were left out (bad, or the engine failed on them). */
  code: number;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summarizeRun(result: IngestResult, run: RunInfo): Summary {
  const lines: Summary['lines'] = [];
  const log = (text: string) => lines.push({ text, warn: false });
  const warn = (text: string) => lines.push({ text, warn: true });
  const counts = `${result.articles} articles (${result.annotated} annotated, ${result.cached} from cache)`;
  if (result.upToDate) {
    log(`${run.out} is up to date: nothing changed (${result.articles} articles, ${run.seconds}s)`);
  } else if (run.shard) {
    log(
      `shard ${run.shard.index}/${run.shard.count}: ${counts} in ${run.seconds}s, cached in ${run.cache}`,
    );
  } else if (result.written) {
    log(
      `wrote ${run.out}: ${counts}, ${result.manifest?.counts.entities ?? 0} entities, ${result.files ?? 0} files in ${run.seconds}s`,
    );
  } else warn(`${run.out} was left unchanged`);
  if (result.written && result.fullTextSearch === false) {
    warn(
      `search holds each article's first ${OPENING_CHARS} characters, not whole texts (over ${FULL_TEXT_LIMIT.toLocaleString('en')} articles)`,
    );
  }
  if (result.limited.length > 0) {
    warn(
      `${count(result.limited.length, 'article')} annotated only in part: a limit of the engine applied (see the lines above)`,
    );
  }
  const failed = result.problems.filter((problem) => problem.engine).length;
  const bad = result.problems.length - failed;
  if (failed > 0) {
    warn(
      `${count(failed, 'article')} could not be annotated: the engine failed on ${failed === 1 ? 'it' : 'them'} (see the lines above)${result.written ? '; the others were ingested' : ''}`,
    );
  }
  if (bad > 0) warn(`${count(bad, 'input problem')}; see the lines above`);
  return { lines, code: result.problems.length > 0 ? 1 : 0 };
}
