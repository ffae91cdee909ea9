/**
 * The keys an item is recognised by across feeds and runs: its canonical URL, its link and its
 * GUID. URLs are compared without what does not change the story: the fragment, tracking
 * parameters (utm_*, fbclid, gclid), the case of the host, a default port.
 */

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/** A URL in the form used for comparing, or undefined when it is not one. */
export function normalizeUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    url.hash = '';
    for (const name of [...url.searchParams.keys()]) {
      if (TRACKING.test(name)) url.searchParams.delete(name);
    }
    return url.href;
  } catch {
    return undefined;
  }
}

export const urlKey = (url: string) => {
  const normalized = normalizeUrl(url);
  return normalized ? `url:${normalized}` : undefined;
};

export const guidKey = (guid: string) => `guid:${guid.trim()}`;

/** Every key of an item or a stored article, without duplicates. */
export function keysOf(parts: { urls: (string | undefined)[]; guid?: string }): string[] {
  const keys = parts.urls.map((url) => (url ? urlKey(url) : undefined));
  if (parts.guid?.trim()) keys.push(guidKey(parts.guid));
  return [...new Set(keys.filter((key): key is string => key !== undefined))];
}
