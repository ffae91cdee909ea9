/** When to try again after a 429 or a 5xx: the server's Retry-After if it gave one, else backoff. */

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; undefined if absent/bad. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff: base, 2×base, 4×base … for attempts 0, 1, 2 … */
export function backoffMs(attempt: number, baseMs: number): number {
  return baseMs * 2 ** attempt;
}

/** Statuses worth another try: the server was busy or broken, not the request wrong. */
export function isRetryable(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status <= 599);
}
