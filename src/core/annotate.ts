/**
 * annotate(article) -> AnnotatedArticle: the one entry point of the language engine.
 * Pure and deterministic; never throws on any string: odd input yields fewer annotations.
 */
import type { AnnotatedArticle, ArticleInput, Entity, Quote } from './schema';
import { SCHEMA_VERSION } from './schemaVersion';
import { prepareDocument, type Doc } from './text/document';
import { recogniseMentions, type Mention } from './entities/recognise';
import { clusterMentions, type Cluster } from './entities/cluster';
import { assignRoles } from './entities/roles';
import { slugify } from './entities/names';
import { findQuotes } from './quotes/findQuotes';
import { resolveSpeakers, type ResolvedQuote } from './quotes/resolve';
import { detectCountries } from './geo/countries';
import { classifyTopics } from './topics/classify';

/** Bump when the engine's output changes, so that caches of annotations are rebuilt. */
export const ENGINE_VERSION = '1.3.0';

/** Bodies longer than this are annotated only for their first part (a guard against runaway input). */
const MAX_BODY = 2_000_000;

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
  try {
    return { ...base, ...analyse(body.length > MAX_BODY ? body.slice(0, MAX_BODY) : body, title) };
  } catch {
    // The engine must never take the app or the ingest down: return the article unannotated.
    return base;
  }
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
  ordered.forEach(({ mention, cluster }, index) => {
    mentionAt.fill(index, mention.first, mention.last);
    clusterOfMention[index] = cluster.index;
    mentionFirst[index] = mention.first;
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
  const resolved = resolveSpeakers({ doc, clusters: byIndex, clusterOfMention, mentionFirst }, raw);

  const entities = toEntities(clusters);
  const idOf = new Map<Cluster, string>();
  clusters.forEach((cluster, index) => idOf.set(cluster, entities[index]?.id ?? ''));
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
    let id = `${cluster.type === 'organization' ? 'org' : cluster.type === 'location' ? 'place' : 'person'}-${slugify(cluster.canonical)}`;
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
