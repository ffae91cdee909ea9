import * as z from 'zod/mini';
import { countryCodeSchema } from '@/core/schemaCorpus';
import { topicByCode, topicBySlug } from '@/core/topics/mediaTopics';
import { DEFAULT_FEED_STATE, FEED_SORTS, type FeedState } from './feedState';

/** Parameter names, in the order serializeFeedParams writes them. */
const PARAM = {
  country: 'country',
  includeMentioned: 'mentioned',
  topic: 'topic',
  person: 'person',
  source: 'source',
  q: 'q',
  sort: 'sort',
} as const;

/** Parameters the feed owns; any other parameter in the URL is kept as it is. */
export const FEED_PARAMS: ReadonlySet<string> = new Set(Object.values(PARAM));

const MAX_QUERY_LENGTH = 200;
const idSchema = z.string().check(z.regex(/^[^,\s]{1,200}$/, 'an id without commas or spaces'));
const sortSchema = z.enum(FEED_SORTS);
const flagSchema = z.enum(['1', '0', 'true', 'false']);
/** A topic's slug (`politics`); parseFeedParams turns it into the IPTC code. */
const topicSlugSchema = z
  .string()
  .check(z.refine((slug: string) => topicBySlug(slug) !== undefined, 'an IPTC topic slug'));

/** What parseFeedParams found: a valid state, and the `name=value` pieces it had to drop. */
export interface ParsedFeedParams {
  state: FeedState;
  ignored: string[];
}

/** Values of a list parameter: repeated (`?country=JP&country=NZ`) or comma-separated. */
function listValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/**
 * Reads the feed state from a URL query (`?country=JP,NZ&topic=politics&person=<id>&source=<id>
 * &q=…&sort=quoted&mentioned=1`). Never throws: values that do not parse are left out of the
 * state and listed in `ignored` so the UI can mention them quietly. Unknown parameters are left
 * alone (they may belong to someone else). Countries are upper-cased, topics are IPTC slugs.
 */
export function parseFeedParams(params: URLSearchParams): ParsedFeedParams {
  const ignored: string[] = [];
  const list = <T>(
    name: string,
    schema: z.ZodMiniType<T, string>,
    normalize = (v: string) => v,
  ) => {
    const accepted: T[] = [];
    for (const raw of listValues(params, name)) {
      const parsed = schema.safeParse(normalize(raw));
      if (!parsed.success) ignored.push(`${name}=${raw}`);
      else if (!accepted.includes(parsed.data)) accepted.push(parsed.data);
    }
    return accepted;
  };
  const single = <T>(name: string, schema: z.ZodMiniType<T, string>): T | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) ignored.push(`${name}=${raw}`);
    return parsed.success ? parsed.data : undefined;
  };

  const flag = single(PARAM.includeMentioned, flagSchema);
  const q = (params.get(PARAM.q) ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) ignored.push(`${PARAM.q}=${q.slice(0, 20)}… (too long)`);
  const state: FeedState = {
    country: list(PARAM.country, countryCodeSchema, (v) => v.toUpperCase()),
    includeMentioned: flag === '1' || flag === 'true',
    topic: list(PARAM.topic, topicSlugSchema, (v) => v.toLowerCase()).flatMap(
      (slug) => topicBySlug(slug)?.code ?? [],
    ),
    person: list(PARAM.person, idSchema),
    source: list(PARAM.source, idSchema),
    q: q.length > MAX_QUERY_LENGTH ? '' : q,
    sort: single(PARAM.sort, sortSchema) ?? DEFAULT_FEED_STATE.sort,
  };
  return { state, ignored };
}

/**
 * Writes the feed state as URL parameters in a fixed order, leaving out defaults, so equal
 * states give equal URLs (and equal query keys). Topics are written as slugs.
 * `URLSearchParams.toString()` escapes commas as %2C; parseFeedParams reads both forms.
 */
export function serializeFeedParams(state: FeedState): URLSearchParams {
  const params = new URLSearchParams();
  const putList = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  putList(PARAM.country, state.country);
  if (state.includeMentioned) params.set(PARAM.includeMentioned, '1');
  putList(
    PARAM.topic,
    state.topic.flatMap((code) => topicByCode(code)?.slug ?? []),
  );
  putList(PARAM.person, state.person);
  putList(PARAM.source, state.source);
  if (state.q.trim() !== '') params.set(PARAM.q, state.q.trim());
  if (state.sort !== DEFAULT_FEED_STATE.sort) params.set(PARAM.sort, state.sort);
  return params;
}
