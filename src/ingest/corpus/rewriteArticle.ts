/**
 * Rewrites one annotated article to corpus-wide entity ids: entity ids and speaker entity ids are
 * replaced, and two local entities that turn out to be the same corpus entity become one.
 */
import type { AnnotatedArticle, Entity, Quote } from '../../core/schema';
import type { EntityResolver } from './resolveEntities';

export function rewriteArticle(
  article: AnnotatedArticle,
  resolver: EntityResolver,
): AnnotatedArticle {
  const localToGlobal = new Map<string, string>();
  const merged = new Map<string, Entity>();
  for (const entity of article.entities) {
    const id = resolver.idOf(entity.type, entity.name);
    localToGlobal.set(entity.id, id);
    const existing = merged.get(id);
    if (!existing) {
      merged.set(id, { ...entity, id, name: resolver.nameOf(id) ?? entity.name });
      continue;
    }
    const aliases = new Set([...existing.aliases, ...entity.aliases]);
    if (entity.name !== existing.name) aliases.add(entity.name);
    existing.aliases = [...aliases].filter((alias) => alias !== existing.name);
    existing.mentions = [...existing.mentions, ...entity.mentions].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
    existing.role ??= entity.role;
    existing.country ??= entity.country;
  }
  for (const entity of merged.values()) {
    // The article's own spelling stays findable when the corpus picked another canonical name.
    const original = article.entities.find((local) => localToGlobal.get(local.id) === entity.id);
    if (original && original.name !== entity.name && !entity.aliases.includes(original.name)) {
      entity.aliases = [original.name, ...entity.aliases];
    }
  }
  const quotes: Quote[] = article.quotes.map((quote) => {
    if (!quote.speaker) return quote;
    const id =
      localToGlobal.get(quote.speaker.entityId) ?? resolver.idOf('person', quote.speaker.name);
    return { ...quote, speaker: { ...quote.speaker, entityId: id } };
  });
  return { ...article, entities: [...merged.values()], quotes };
}
