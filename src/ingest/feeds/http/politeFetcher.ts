/**
 * Every request the feeds make goes through here: a User-Agent that names Broadsheet, at most a
 * few requests per host with a delay between them (HostSlots), a timeout, retries with backoff on
 * 429 and 5xx that honour Retry-After, redirects followed by hand up to a cap (each hop is checked
 * by `allow`, so robots.txt applies to where a redirect leads too), a cap on the body's size and a
 * check of its content type before the body is read.
 */
import { FetchFailure } from './fetchFailure';
import { HostSlots } from './hostSlots';
import { readCapped } from './readCapped';
import { backoffMs, isRetryable, retryAfterMs } from './retryAfter';

export interface FetchPolicy {
  userAgent: string;
  timeoutMs: number;
  maxRedirects: number;
  /** Further tries after a 429 or 5xx. */
  retries: number;
  backoffBaseMs: number;
  /** A Retry-After longer than this is not waited for: the URL is reported instead. */
  maxRetryAfterMs: number;
  perHost: number;
  delayMs: number;
}

export const DEFAULT_POLICY: Omit<FetchPolicy, 'userAgent'> = {
  timeoutMs: 20_000,
  maxRedirects: 5,
  retries: 3,
  backoffBaseMs: 1_000,
  maxRetryAfterMs: 120_000,
  perHost: 2,
  delayMs: 500,
};

export interface FetchRequest {
  url: string;
  accept: string;
  maxBytes: number;
  etag?: string;
  lastModified?: string;
  /** A reason to refuse the content type (e.g. not HTML), or undefined to read the body. */
  refuseType?: (contentType: string) => string | undefined;
  /** A reason not to request this URL at all (robots.txt), or undefined. */
  allow?: (url: string) => Promise<string | undefined>;
}

export interface Fetched {
  /** The URL that answered, after redirects. */
  url: string;
  notModified: boolean;
  contentType: string;
  etag?: string;
  lastModified?: string;
  bytes: Uint8Array;
}

interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  bytes?: Uint8Array;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PoliteFetcher {
  private readonly slots: HostSlots;
  /** Requests sent (every try and every redirect hop), for the summary and the tests. */
  requests = 0;

  constructor(readonly policy: FetchPolicy) {
    this.slots = new HostSlots(policy.perHost, policy.delayMs);
  }

  /** Fetches `request.url`; throws FetchFailure with the reason when nothing usable came back. */
  async get(request: FetchRequest): Promise<Fetched> {
    let url = request.url;
    for (let hop = 0; hop <= this.policy.maxRedirects; hop += 1) {
      const refusal = await request.allow?.(url);
      if (refusal) throw new FetchFailure(hop === 0 ? refusal : `redirected to ${url}: ${refusal}`);
      const answer = await this.withRetries(url, request, hop === 0);
      const location = answer.headers.get('location');
      if (answer.status >= 300 && answer.status < 400 && answer.status !== 304 && location) {
        url = new URL(location, url).href;
        continue;
      }
      if (answer.status === 304) return { ...this.describe(url, answer), notModified: true };
      if (answer.status < 200 || answer.status >= 300) {
        throw new FetchFailure(
          `HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`,
        );
      }
      return { ...this.describe(url, answer), notModified: false };
    }
    throw new FetchFailure(`more than ${this.policy.maxRedirects} redirects (a redirect loop?)`);
  }

  private describe(url: string, answer: Answer): Omit<Fetched, 'notModified'> {
    const etag = answer.headers.get('etag') ?? undefined;
    const lastModified = answer.headers.get('last-modified') ?? undefined;
    return {
      url,
      contentType: answer.headers.get('content-type') ?? '',
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      bytes: answer.bytes ?? new Uint8Array(),
    };
  }

  private async withRetries(url: string, request: FetchRequest, first: boolean): Promise<Answer> {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt += 1) {
      const answer = await this.slots.run(host, () => this.once(url, request, first));
      if (!isRetryable(answer.status) || attempt >= this.policy.retries) return answer;
      const asked = retryAfterMs(answer.headers.get('retry-after'));
      const wait = asked ?? backoffMs(attempt, this.policy.backoffBaseMs);
      if (wait > this.policy.maxRetryAfterMs) {
        throw new FetchFailure(
          `HTTP ${answer.status}, asked to retry after ${Math.round(wait / 1000)} s (more than the ${Math.round(this.policy.maxRetryAfterMs / 1000)} s allowed)`,
        );
      }
      // Waiting happens outside the host's slot, so other URLs of the host are not held up.
      await sleep(wait);
    }
  }

  /** One request; the body is read only for a 2xx of an accepted type. */
  private async once(url: string, request: FetchRequest, first: boolean): Promise<Answer> {
    const headers: Record<string, string> = {
      'user-agent': this.policy.userAgent,
      accept: request.accept,
    };
    // Conditional headers belong to the URL asked for, not to where it redirects.
    if (first && request.etag) headers['if-none-match'] = request.etag;
    if (first && request.lastModified) headers['if-modified-since'] = request.lastModified;
    const signal = AbortSignal.timeout(this.policy.timeoutMs);
    this.requests += 1;
    try {
      const response = await fetch(url, { headers, redirect: 'manual', signal });
      const answer = {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      };
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel();
        return answer;
      }
      const refusal = request.refuseType?.(response.headers.get('content-type') ?? '');
      if (refusal) {
        await response.body?.cancel();
        throw new FetchFailure(refusal);
      }
      return { ...answer, bytes: await readCapped(response, request.maxBytes) };
    } catch (error) {
      if (error instanceof FetchFailure) throw error;
      if (signal.aborted) {
        throw new FetchFailure(
          `no complete answer within ${this.policy.timeoutMs / 1000} s (timeout)`,
        );
      }
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      throw new FetchFailure(
        `request failed (${cause instanceof Error ? cause.message : String(cause)})`,
      );
    }
  }
}
