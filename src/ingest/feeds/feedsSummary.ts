/** The closing lines of the feeds step: what was fetched and stored, and every failure again. */
import { describeProblem, type FeedsResult } from './feedsRun';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summarizeFeeds(
  result: FeedsResult,
  feedsDir: string,
): { text: string; warn: boolean }[] {
  const lines = [
    {
      text: `feeds: ${count(result.feeds, 'feed')} (${result.notModified} unchanged), ${count(result.items, 'new item')}: ${result.stored} stored in ${feedsDir}${result.fromFeedContent > 0 ? ` (${result.fromFeedContent} from the feed's own content)` : ''}, ${result.known} already stored; ${count(result.requests, 'request')}, ${count(result.pages, 'page')}`,
      warn: false,
    },
  ];
  if (result.problems.length > 0) {
    lines.push({
      text: `${count(result.problems.length, 'feed problem')} (everything else was ingested):`,
      warn: true,
    });
    for (const problem of result.problems) {
      lines.push({ text: `  ${describeProblem(problem)}`, warn: true });
    }
  }
  return lines;
}
