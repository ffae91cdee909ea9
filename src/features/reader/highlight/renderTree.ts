/**
 * Rebuilds the nesting of highlights from the core's flat segments, so each quote piece and each
 * entity mention becomes one element (adjacent mentions of the same entity stay separate).
 */
import type { EntityMention, QuoteSpan, Segment } from '@/core/text/segments';

export type HighlightNode =
  | { kind: 'text'; key: number; text: string }
  | { kind: 'quote'; key: number; quote: QuoteSpan; firstPiece: boolean; children: HighlightNode[] }
  | {
      kind: 'entity';
      key: number;
      mention: EntityMention;
      depth: number;
      children: HighlightNode[];
    };

/** Splits `items` into runs of consecutive items with the same `groupOf` (compared by identity). */
function runs<T, G>(items: readonly T[], groupOf: (item: T) => G): { group: G; items: T[] }[] {
  const result: { group: G; items: T[] }[] = [];
  for (const item of items) {
    const group = groupOf(item);
    const last = result.at(-1);
    if (last && last.group === group) last.items.push(item);
    else result.push({ group, items: [item] });
  }
  return result;
}

function entityNodes(segments: readonly Segment[], depth: number): HighlightNode[] {
  return runs(segments, (segment) => segment.entities[depth]).map(({ group, items }) => {
    const key = items[0]?.start ?? 0;
    if (!group) return { kind: 'text', key, text: items.map((s) => s.text).join('') };
    return { kind: 'entity', key, mention: group, depth, children: entityNodes(items, depth + 1) };
  });
}

/**
 * The nodes of one paragraph. `seenQuotes` carries over from paragraph to paragraph so that only
 * the first piece of a quote cut by a paragraph break counts as its first piece.
 */
export function paragraphNodes(
  segments: readonly Segment[],
  seenQuotes: Set<string>,
): HighlightNode[] {
  return runs(segments, (segment) => segment.quote).flatMap(({ group, items }) => {
    if (!group) return entityNodes(items, 0);
    const firstPiece = !seenQuotes.has(group.id);
    seenQuotes.add(group.id);
    const key = items[0]?.start ?? 0;
    return [{ kind: 'quote', key, quote: group, firstPiece, children: entityNodes(items, 0) }];
  });
}
