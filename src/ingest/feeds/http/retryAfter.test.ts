import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryable, retryAfterMs } from './retryAfter';

describe('retries', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Mon, 07 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('backs off exponentially', () => {
    expect([0, 1, 2].map((attempt) => backoffMs(attempt, 500))).toEqual([500, 1000, 2000]);
  });

  it('retries 429 and 5xx but not 4xx or 501', () => {
    expect([429, 500, 502, 503].every(isRetryable)).toBe(true);
    expect([400, 403, 404, 501].some(isRetryable)).toBe(false);
  });
});
