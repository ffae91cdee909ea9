/**
 * Turns a body and its span annotations (quotes, entity mentions) into a flat list of segments per
 * paragraph, ready to be rendered as text with highlights. Pure TypeScript: no React, no DOM.
 *
 * Offsets are UTF-16 indices into `body`, end exclusive (as everywhere in the schema).
 *
 * Rules (the renderer and its tests rely on them):
 * - Paragraphs are the maximal runs of characters other than "\n" and "\r"; the separator runs are
 *   paragraph breaks. Segment texts of a paragraph concatenate to exactly `body.slice(start, end)`.
 * - Quotes form one flat layer: two quotes never overlap. Of overlapping quotes (nested, crossing
 *   or identical) the one that starts first (the longer one on a tie) is kept, the other dropped.
 *   A quote spanning a paragraph break is cut into one piece per paragraph.
 * - Entity mentions nest inside quotes and inside each other (a place inside an organisation's
 *   name). A mention is clipped to its paragraph when it only spills into a break; a mention
 *   crossing a paragraph break, crossing a quote boundary or crossing another kept mention is
 *   dropped (never split: a split name would read as two names). Identical mentions keep the first.
 * - Spans out of range, non-integer, empty, or cutting a surrogate pair in half are dropped.
 * Everything dropped is reported in `dropped` with a reason; the text always renders whole.
 */
import type { EntityType, QuoteKind, Speaker } from '../schema';

/** The parts of a quote the segments need (a schema `Quote` fits). */
export interface QuoteSpan {
  id: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: Speaker | null;
}

/** One mention of an entity in the body. */
export interface EntityMention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
}

/** A run of text with one set of highlights. `quote` and mentions keep their original spans. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  quote?: QuoteSpan;
  /** The mentions covering this run, outermost first. */
  entities: EntityMention[];
}

export interface ParagraphSegments {
  index: number;
  start: number;
  end: number;
  segments: Segment[];
}

export type DropReason =
  | 'out-of-range'
  | 'empty'
  | 'splits-character'
  | 'duplicate-id'
  | 'overlaps-quote'
  | 'crosses-paragraph'
  | 'crosses-quote'
  | 'crosses-entity'
  | 'duplicate';

export interface DroppedSpan {
  layer: 'quote' | 'entity';
  /** The quote id, or the entity id of the mention. */
  id: string;
  start: number;
  end: number;
  reason: DropReason;
}

export interface SegmentedBody {
  paragraphs: ParagraphSegments[];
  dropped: DroppedSpan[];
}

type Range = Pick<Segment, 'start' | 'end'>;

/** Paragraph ranges: maximal runs of characters other than "\n" and "\r". */
export function paragraphRanges(body: string): Range[] {
  const paragraphs: Range[] = [];
  for (const match of body.matchAll(/[^\r\n]+/g)) {
    paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}

/** Flattens schema entities (each with its mentions) into one list of mentions. */
export function entityMentions(
  entities: readonly { id: string; type: EntityType; mentions: readonly Range[] }[],
): EntityMention[] {
  return entities.flatMap((entity) =>
    entity.mentions.map(({ start, end }) => ({
      entityId: entity.id,
      type: entity.type,
      start,
      end,
    })),
  );
}

/** Why a span cannot be used at all, whatever the other spans are; undefined when it can. */
function basicProblem(body: string, span: Range): DropReason | undefined {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'out-of-range';
  if (start < 0 || end > body.length || start > end) return 'out-of-range';
  if (start === end) return 'empty';
  // A boundary between a high (D800-DBFF) and a low (DC00-DFFF) surrogate cuts a character.
  const splitsPair = (i: number) =>
    /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(body.slice(Math.max(0, i - 1), i + 1));
  if (splitsPair(start) || splitsPair(end)) return 'splits-character';
  return undefined;
}

/** Index of the first range whose end is after `position` (ranges sorted, non-overlapping). */
function firstEndingAfter(ranges: readonly Range[], position: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranges[mid]?.end ?? Infinity) > position) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The parts of `span` that fall inside paragraphs (none when it covers only breaks). */
function clipToParagraphs(paragraphs: readonly Range[], span: Range): Range[] {
  const pieces: Range[] = [];
  for (let i = firstEndingAfter(paragraphs, span.start); i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    if (!paragraph || paragraph.start >= span.end) break;
    pieces.push({
      start: Math.max(span.start, paragraph.start),
      end: Math.min(span.end, paragraph.end),
    });
  }
  return pieces;
}

const byStartThenLongest = (a: Range, b: Range) => a.start - b.start || b.end - a.end;

interface QuotePiece extends Range {
  quote: QuoteSpan;
}

function keepQuotes(
  body: string,
  paragraphs: Range[],
  quotes: readonly QuoteSpan[],
  dropped: DroppedSpan[],
) {
  const drop = (quote: QuoteSpan, reason: DropReason) =>
    dropped.push({ layer: 'quote', id: quote.id, start: quote.start, end: quote.end, reason });
  const seenIds = new Set<string>();
  const candidates: QuoteSpan[] = [];
  for (const quote of quotes) {
    const problem = basicProblem(body, quote);
    if (problem) drop(quote, problem);
    else if (seenIds.has(quote.id)) drop(quote, 'duplicate-id');
    else {
      seenIds.add(quote.id);
      candidates.push(quote);
    }
  }
  const pieces: QuotePiece[] = [];
  let last: QuoteSpan | undefined;
  for (const quote of [...candidates].sort(byStartThenLongest)) {
    if (last && quote.start < last.end) {
      const identical = quote.start === last.start && quote.end === last.end;
      drop(quote, identical ? 'duplicate' : 'overlaps-quote');
      continue;
    }
    const clipped = clipToParagraphs(paragraphs, quote);
    if (clipped.length === 0) {
      drop(quote, 'empty');
      continue;
    }
    last = quote;
    for (const piece of clipped) pieces.push({ ...piece, quote });
  }
  return pieces;
}

interface MentionPiece extends Range {
  mention: EntityMention;
}

function keepMentions(
  body: string,
  paragraphs: Range[],
  quotePieces: readonly QuotePiece[],
  mentions: readonly EntityMention[],
  dropped: DroppedSpan[],
) {
  const drop = (mention: EntityMention, reason: DropReason) =>
    dropped.push({
      layer: 'entity',
      id: mention.entityId,
      start: mention.start,
      end: mention.end,
      reason,
    });
  const candidates: MentionPiece[] = [];
  for (const mention of mentions) {
    const problem = basicProblem(body, mention);
    if (problem) {
      drop(mention, problem);
      continue;
    }
    const clipped = clipToParagraphs(paragraphs, mention);
    const [piece] = clipped;
    if (!piece || clipped.length > 1) {
      drop(mention, piece ? 'crosses-paragraph' : 'empty');
      continue;
    }
    const quote = quotePieces[firstEndingAfter(quotePieces, piece.start)];
    const overlapsQuote = quote !== undefined && quote.start < piece.end;
    if (overlapsQuote && (piece.start < quote.start || piece.end > quote.end)) {
      drop(mention, 'crosses-quote');
      continue;
    }
    candidates.push({ ...piece, mention });
  }
  // A stable sort keeps the input order among identical mentions, so the first one wins.
  candidates.sort(byStartThenLongest);
  const kept: MentionPiece[] = [];
  const open: MentionPiece[] = [];
  for (const candidate of candidates) {
    while ((open.at(-1)?.end ?? Infinity) <= candidate.start) open.pop();
    const parent = open[open.length - 1];
    if (parent && candidate.end > parent.end) {
      drop(candidate.mention, 'crosses-entity');
    } else if (parent && candidate.start === parent.start && candidate.end === parent.end) {
      drop(candidate.mention, 'duplicate');
    } else {
      kept.push(candidate);
      open.push(candidate);
    }
  }
  return kept;
}

/**
 * Splits `body` into paragraphs of segments highlighted by `quotes` and `mentions`.
 * O(n log n) in the number of spans plus O(length of body).
 */
export function segmentBody(
  body: string,
  quotes: readonly QuoteSpan[],
  mentions: readonly EntityMention[],
): SegmentedBody {
  const dropped: DroppedSpan[] = [];
  const paragraphs = paragraphRanges(body);
  const quotePieces = keepQuotes(body, paragraphs, quotes, dropped);
  const mentionPieces = keepMentions(body, paragraphs, quotePieces, mentions, dropped);

  // Every place where the set of highlights may change, in order.
  const cuts = new Set<number>();
  for (const piece of [...quotePieces, ...mentionPieces]) {
    cuts.add(piece.start);
    cuts.add(piece.end);
  }
  const sortedCuts = [...cuts].sort((a, b) => a - b);

  let quoteIndex = 0;
  let mentionIndex = 0;
  let cutIndex = 0;
  const open: MentionPiece[] = [];
  const result = paragraphs.map((paragraph, index): ParagraphSegments => {
    const segments: Segment[] = [];
    for (let position = paragraph.start; position < paragraph.end;) {
      while ((sortedCuts[cutIndex] ?? Infinity) <= position) cutIndex++;
      const next = Math.min(sortedCuts[cutIndex] ?? Infinity, paragraph.end);
      while ((quotePieces[quoteIndex]?.end ?? Infinity) <= position) quoteIndex++;
      const quotePiece = quotePieces[quoteIndex];
      while ((open.at(-1)?.end ?? Infinity) <= position) open.pop();
      for (let m = mentionPieces[mentionIndex]; m && m.start <= position;) {
        open.push(m);
        m = mentionPieces[++mentionIndex];
      }
      const segment: Segment = {
        start: position,
        end: next,
        text: body.slice(position, next),
        entities: open.map((piece) => piece.mention),
      };
      if (quotePiece && quotePiece.start <= position) segment.quote = quotePiece.quote;
      segments.push(segment);
      position = next;
    }
    return { index, start: paragraph.start, end: paragraph.end, segments };
  });
  return { paragraphs: result, dropped };
}
