/**
 * robots.txt for article pages, fetched once per origin per run and read with `robots-parser`
 * (RFC 9309 matching: longest rule wins, `*` and `$`). As RFC 9309 says: a robots.txt that does
 * not exist (4xx) allows everything; one that cannot be fetched (5xx, timeout) allows nothing, for
 * this run. Feeds themselves are not checked: the user asked for them by name, as any feed
 * reader does; the pages they link to are what the ingest fetches on its own.
 */
import robotsParser from 'robots-parser';
import { FetchFailure } from './fetchFailure';
import type { PoliteFetcher } from './politeFetcher';

/** The token Broadsheet's rules are looked up under (a `User-agent: Broadsheet` group). */
export const ROBOTS_AGENT = 'Broadsheet';

type Verdict = (url: string) => string | undefined;

export class RobotsRules {
  private readonly byOrigin = new Map<string, Promise<Verdict>>();

  constructor(private readonly fetcher: PoliteFetcher) {}

  /** A reason `url` may not be fetched, or undefined when robots.txt allows it. */
  async refusal(url: string): Promise<string | undefined> {
    const origin = new URL(url).origin;
    let verdict = this.byOrigin.get(origin);
    if (!verdict) {
      verdict = this.load(origin);
      this.byOrigin.set(origin, verdict);
    }
    return (await verdict)(url);
  }

  private async load(origin: string): Promise<Verdict> {
    const robotsUrl = `${origin}/robots.txt`;
    let text: string;
    try {
      const fetched = await this.fetcher.get({
        url: robotsUrl,
        accept: 'text/plain',
        maxBytes: 512 * 1024,
      });
      text = new TextDecoder().decode(fetched.bytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // A missing robots.txt means no rules; any other failure means none may be assumed.
      if (error instanceof FetchFailure && /^HTTP 4\d\d/.test(reason)) return () => undefined;
      return () => `${robotsUrl} could not be read (${reason}), so no page of ${origin} is fetched`;
    }
    const robots = robotsParser(robotsUrl, text);
    return (url) =>
      robots.isDisallowed(url, ROBOTS_AGENT) ? `disallowed by ${robotsUrl}` : undefined;
  }
}
