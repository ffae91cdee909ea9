/**
 * annotate(article) -> AnnotatedArticle: the one entry point of the language engine.
 * Pure and deterministic. Odd input yields fewer annotations; a failure of the engine itself is
 * thrown as an AnnotationError naming the article (never an article quietly left unannotated),
 * and a limit that applied is listed in the article's `limits`.
 */
import type { AnnotatedArticle, ArticleInput, Entity, Quote } from './schema';
import { SCHEMA_VERSION } from './schemaVersion';
import { MAX_BODY_CHARS } from './limits';
import { prepareDocument, type Doc } from './text/document';
import { recogniseMentions } from './entities/recognise';
import type { Cluster, Mention } from './entities/types';
import { clusterMentions } from './entities/cluster';
import { assignRoles } from './entities/roles';
import { slugify } from './text/slug';
import { findQuotes } from './quotes/findQuotes';
import { resolveSpeakers } from './quotes/resolve';
import type { ResolvedQuote } from './quotes/types';
import { detectCountries } from './geo/countries';
import { classifyTopics } from './topics/classify';

/** Bump when the engine's output changes, so that caches of annotations are rebuilt. */
export const ENGINE_VERSION = '1.13.11';

/** The engine failed on an article: names it, and keeps the original error as `cause`. */
export class AnnotationError extends Error {
  override name = 'AnnotationError';
  constructor(
    readonly articleId: string,
    cause: unknown,
  ) {
    super(`annotation failed for article "${articleId}": ${String(cause)}`, { cause });
  }
}

export function annotate(input: ArticleInput): AnnotatedArticle {
  const body = typeof input.body === 'string' ? input.body : '';
  const title = typeof input.title === 'string' ? input.title : '';
  const base: AnnotatedArticle = {
    schemaVersion: SCHEMA_VERSION,
    id: input.id && input.id.length > 0 ? input.id : 'article',
    title,
    body,
    published: input.published ?? '',
    source: input.source ?? { name: 'Unknown source' },
    ...(input.byline ? { byline: input.byline } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.language ? { language: input.language } : {}),
    quotes: [],
    entities: [],
    countries: [],
    topics: [],
  };
  const annotated = annotatedLength(body);
  let found: ReturnType<typeof analyse>;
  try {
    found = analyse(body.slice(0, annotated), title);
  } catch (error) {
    throw new AnnotationError(base.id, error);
  }
  return {
    ...base,
    ...found,
    ...(annotated < body.length
      ? { limits: [{ kind: 'body-length' as const, annotated, total: body.length }] }
      : {}),
  };
}

/**
 * How much of the body is annotated: all of it up to MAX_BODY_CHARS; past that, up to the last
 * paragraph break before the limit (else the limit itself, never inside a surrogate pair).
 */
function annotatedLength(body: string): number {
  if (body.length <= MAX_BODY_CHARS) return body.length;
  const paragraphEnd = body.lastIndexOf('\n', MAX_BODY_CHARS);
  if (paragraphEnd > MAX_BODY_CHARS / 2) return paragraphEnd;
  const code = body.charCodeAt(MAX_BODY_CHARS - 1);
  return code >= 0xd800 && code <= 0xdbff ? MAX_BODY_CHARS - 1 : MAX_BODY_CHARS;
}

function analyse(body: string, title: string) {
  const doc = prepareDocument(body);
  const mentions = recogniseMentions(doc);
  const clusters = clusterMentions(doc, mentions);
  assignRoles(doc, clusters);

  // Index mentions in document order for the quote finder and the speaker resolver.
  const ordered = clusters
    .flatMap((cluster) => cluster.mentions.map((mention) => ({ mention, cluster })))
    .sort((a, b) => a.mention.first - b.mention.first);
  const mentionAt = new Int32Array(doc.tokens.length).fill(-1);
  const clusterOfMention = new Int32Array(ordered.length);
  const mentionFirst = new Int32Array(ordered.length);
  const mentionLast = new Int32Array(ordered.length);
  ordered.forEach(({ mention, cluster }, index) => {
    mentionAt.fill(index, mention.first, mention.last);
    clusterOfMention[index] = cluster.index;
    mentionFirst[index] = mention.first;
    mentionLast[index] = mention.last;
  });
  const byIndex: Cluster[] = [];
  for (const cluster of clusters) byIndex[cluster.index] = cluster;

  const placeAt = (token: number) => ordered[mentionAt[token] ?? -1]?.cluster.type === 'location';
  const countryAt = (token: number) =>
    ordered[mentionAt[token] ?? -1]?.mention.place?.kind === 'country';
  const personAt = (token: number) => ordered[mentionAt[token] ?? -1]?.cluster.type === 'person';
  const raw = findQuotes({
    doc,
    mentionAt,
    isPlace: placeAt,
    isCountry: countryAt,
    isPerson: personAt,
  });
  const known = byIndex.length;
  const resolved = resolveSpeakers(
    { doc, clusters: byIndex, clusterOfMention, mentionFirst, mentionLast, mentionAt },
    raw,
  );
  // A body named only by a noun when it speaks ("Police said …") is an entity of its own.
  const speakingBodies = byIndex.slice(known);

  const entities = toEntities([...clusters, ...speakingBodies]);
  const idOf = new Map<Cluster, string>();
  [...clusters, ...speakingBodies].forEach((cluster, index) =>
    idOf.set(cluster, entities[index]?.id ?? ''),
  );
  const personTokens = (index: number) => {
    const at = mentionAt[index] ?? -1;
    // Countries inside organisation names count ("US Navy"); inside people's names they do not.
    return at >= 0 && ordered[at]?.cluster.type === 'person';
  };
  return {
    quotes: toQuotes(doc, resolved, idOf),
    entities,
    countries: detectCountries(doc, title, personTokens),
    topics: classifyTopics(title, body),
  };
}

function toEntities(clusters: Cluster[]): Entity[] {
  const used = new Set<string>();
  // A last guard: no two mentions in the article overlap (the first, in text order, is kept).
  const kept = new Set<Mention>();
  let lastEnd = -1;
  const all = clusters
    .flatMap((cluster) => cluster.mentions)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of all) {
    if (mention.start < lastEnd || mention.end <= mention.start) continue;
    kept.add(mention);
    lastEnd = mention.end;
  }
  return clusters.map((cluster) => {
    let id = `${cluster.type === 'organization' ? 'org' : cluster.type === 'location' ? 'place' : 'person'}-${slugify(cluster.canonical) || 'x'}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    used.add(id);
    const mentions = cluster.mentions
      .filter((mention) => kept.has(mention))
      .map((mention) => ({ start: mention.start, end: mention.end }))
      .sort((a, b) => a.start - b.start);
    return {
      id,
      name: cluster.canonical,
      type: cluster.type,
      aliases: cluster.forms.filter((form) => form !== cluster.canonical),
      mentions,
      ...(cluster.role ? { role: cluster.role } : {}),
      ...(cluster.country ? { country: cluster.country } : {}),
    };
  });
}

function toQuotes(doc: Doc, resolved: ResolvedQuote[], idOf: Map<Cluster, string>): Quote[] {
  const sorted = [...resolved].sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes: Quote[] = [];
  let lastEnd = -1;
  for (const quote of sorted) {
    if (quote.start < lastEnd || quote.end <= quote.start || quote.end > doc.body.length) continue;
    lastEnd = quote.end;
    const cluster = quote.speakerCluster;
    quotes.push({
      id: `q${quotes.length + 1}`,
      start: quote.start,
      end: quote.end,
      kind: quote.kind,
      speaker: cluster ? { name: cluster.canonical, entityId: idOf.get(cluster) ?? '' } : null,
      ...(quote.cue ? { cue: quote.cue } : {}),
    });
  }
  return quotes;
}
