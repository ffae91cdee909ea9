/**
 * Finds quotes and the phrases that attribute them, sentence group by sentence group.
 * A group is one sentence, or several when a quotation runs across sentence ends
 * (`"We act. We must," she said.`). Within a group, quotations that are speech become direct quotes
 * attributed by the speech verb outside the marks; without speech in marks, the group is tried for
 * reported speech (`X said (that) …`, `…, X said.`, `according to X, …`), which becomes a mixed
 * quote when it carries a quoted fragment.
 */
import type { QuoteKind } from '../schema';
import type { Doc, DocSentence } from '../text/document';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech';
import { findMarkRegions, type MarkRegion } from './marks';
import { classifyRegion, type RegionKind } from './regions';
import { findReported } from './reported';
import { laterAttribution, splitContrast, splitCoordinated, withoutDateline } from './contrast';
import { featureStyleSpeaker } from './featureStyle';
import { findOtherReported } from './reportedForms';
import {
  speakerAfter,
  speakerBefore,
  type PhraseContext,
  type SpeakerPhrase,
} from './speakerPhrase';

export interface RawQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  paragraph: number;
  /** Token index where the quote or its cue sits, for resolving pronouns by recency. */
  at: number;
  speaker?: SpeakerPhrase;
  /** How to find the speaker when no phrase names one. */
  inherit?: 'paragraph' | 'continuation' | 'previous';
  /** The first quote of a paragraph that continues the previous paragraph's unclosed quotation. */
  continues?: boolean;
  cue?: string;
}

interface Region extends MarkRegion {
  kind: RegionKind;
  /** Token range covering the marks. */
  first: number;
  last: number;
}

export function findQuotes(ctx: PhraseContext): RawQuote[] {
  const { doc } = ctx;
  const regions = markRegions(doc);
  const regionOf = new Int32Array(doc.tokens.length).fill(-1);
  regions.forEach((region, index) => regionOf.fill(index, region.first, region.last));
  const quotes: RawQuote[] = [];
  let regionCursor = 0;
  /** "X told reporters:" closing a paragraph: the speaker of the quotation that opens the next. */
  let colonIntro: { attribution: Attribution; paragraph: number } | undefined;
  const groups = sentenceGroups(doc, regions);
  for (const [groupIndex, group] of groups.entries()) {
    while (
      regionCursor < regions.length &&
      (regions[regionCursor]?.first ?? Infinity) < group.first
    ) {
      regionCursor++;
    }
    const inGroup: Region[] = [];
    for (
      let r = regionCursor;
      r < regions.length && (regions[r]?.first ?? Infinity) < group.last;
      r++
    ) {
      inGroup.push(regions[r] as Region);
    }
    const speech = inGroup.filter((region) => region.kind === 'speech');
    const reported =
      findReported(ctx, group.first, group.last, regionOf) ??
      findOtherReported(ctx, group.first, group.last, regionOf) ??
      laterAttribution(ctx, group.first, group.last, regionOf);
    if (
      speech.length > 0 &&
      !(
        reported &&
        speech[0] !== undefined &&
        speech.every((region) => region.open >= reported.start && region.end <= reported.end) &&
        embedded(ctx.doc, reported, speech[0])
      )
    ) {
      const found = directQuotes(ctx, group, speech, regionOf);
      if (
        colonIntro &&
        colonIntro.paragraph === group.paragraph - 1 &&
        speech[0]?.first === group.first
      )
        attributeIntroduced(found, colonIntro.attribution);
      attributeFeatureStyle(ctx, found, group, groups[groupIndex + 1], regionOf);
      quotes.push(...found);
      colonIntro = undefined;
      continue;
    }
    colonIntro = introducesQuotation(ctx, group, regionOf);
    if (colonIntro) continue;
    if (reported) {
      const sides = splitContrast(ctx, withoutDateline(ctx.doc, reported));
      for (const part of sides.flatMap((side) => splitCoordinated(ctx.doc, side))) {
        const carriesFragment = inGroup.some(
          (region) =>
            region.kind !== 'not-speech' && region.start >= part.start && region.end <= part.end,
        );
        quotes.push({
          ...part,
          kind: carriesFragment ? 'mixed' : 'indirect',
          paragraph: group.paragraph,
        });
      }
      continue;
    }
    // Verbless reported speech: a sentence carrying a quoted phrase right after an attributed quote.
    const fragment = inGroup.find(
      (region) => region.kind === 'fragment' && region.end - region.start > 12,
    );
    const previous = quotes[quotes.length - 1];
    if (fragment && previous && group.paragraph - previous.paragraph <= 1) {
      const span = trimSentence(doc, group.first, group.last);
      // "Environment Minister John Baird has asked … 'approved security cabinets' …": the
      // sentence's own subject speaks, when it is a person; otherwise the previous speaker.
      const subject = subjectPerson(ctx, group.first, fragment.first);
      if (span)
        quotes.push({
          ...span,
          kind: 'mixed',
          paragraph: group.paragraph,
          at: group.first,
          ...(subject ? { speaker: subject } : { inherit: 'previous' as const }),
        });
    }
  }
  return quotes;
}

/** A person named in the first words of a sentence (after titles), as its subject. */
function subjectPerson(
  ctx: PhraseContext,
  first: number,
  limit: number,
): SpeakerPhrase | undefined {
  for (let i = first; i < Math.min(limit, first + 6); i++) {
    const mention = ctx.mentionAt[i] ?? -1;
    if (mention < 0) continue;
    if (!ctx.isPerson?.(i)) return undefined;
    let last = i;
    while (ctx.mentionAt[last] === mention) last++;
    const next = ctx.doc.tokens[last]?.text ?? '';
    return /^(has|had|is|was|said|says|told|asked|wrote|called|described|urged|warned|insisted)$/i.test(
      next,
    )
      ? { kind: 'mention', mention, first: i, last }
      : undefined;
  }
  return undefined;
}

/**
 * A quotation inside a reported clause (`X said the agencies could share "up to the level of top
 * secret"`): the clause is one mixed quote. Not so when the quotation is the whole clause.
 */
function embedded(doc: Doc, reported: { start: number; end: number }, region: Region): boolean {
  if (region.open < reported.start || region.end > reported.end) return false;
  const lead = doc.body.slice(reported.start, region.open);
  return (
    lead.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 2 && !/[:,]\s*$/.test(lead)
  );
}

function markRegions(doc: Doc): Region[] {
  const regions: Region[] = [];
  for (const region of findMarkRegions(doc)) {
    const first = firstTokenAtOrAfter(doc, region.open);
    let last = first;
    while (last < doc.tokens.length && (doc.tokens[last]?.start ?? Infinity) <= region.close)
      last++;
    regions.push({ ...region, kind: classifyRegion(doc, region, last - first), first, last });
  }
  return regions;
}

function firstTokenAtOrAfter(doc: Doc, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((doc.tokens[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Group {
  first: number;
  last: number;
  paragraph: number;
  firstSentence: DocSentence;
}

/** Sentences joined where a speech quotation crosses a sentence end. */
function sentenceGroups(doc: Doc, regions: Region[]): Group[] {
  // Linear: regions are in text order, so one pointer walks them while the sentences advance.
  const speech = regions.filter((region) => region.kind === 'speech');
  const groups: Group[] = [];
  let next = 0;
  /** The furthest token reached by a speech region that starts in the current group. */
  let reach = -1;
  for (const sentence of doc.sentences) {
    const current = groups[groups.length - 1];
    const crossing = current && current.paragraph === sentence.paragraph && reach > sentence.first;
    if (current && crossing) current.last = sentence.last;
    else {
      groups.push({
        first: sentence.first,
        last: sentence.last,
        paragraph: sentence.paragraph,
        firstSentence: sentence,
      });
      reach = -1;
    }
    const group = groups[groups.length - 1] as Group;
    while (next < speech.length && (speech[next]?.first ?? Infinity) < group.last) {
      const region = speech[next] as Region;
      if (region.first >= group.first) reach = Math.max(reach, region.last);
      next++;
    }
  }
  return groups;
}

function directQuotes(
  ctx: PhraseContext,
  group: Group,
  speech: Region[],
  regionOf: Int32Array,
): RawQuote[] {
  const attribution = attributionInFrame(ctx, group, regionOf);
  const firstSpeech = speech[0];
  const continuation =
    firstSpeech !== undefined &&
    firstSpeech.first === group.first &&
    previousParagraphUnclosed(ctx.doc, group.paragraph);
  return speech.map((region, index) => ({
    start: region.start,
    end: region.end,
    kind: 'direct' as const,
    paragraph: group.paragraph,
    at: attribution?.at ?? region.first,
    ...(index === 0 && continuation ? { continues: true } : {}),
    ...(attribution
      ? { speaker: attribution.phrase, cue: attribution.cue }
      : {
          inherit: index === 0 && continuation ? ('continuation' as const) : ('paragraph' as const),
        }),
  }));
}

const unclosedCache = new WeakMap<Doc, Set<number>>();
function previousParagraphUnclosed(doc: Doc, paragraph: number): boolean {
  let set = unclosedCache.get(doc);
  if (!set) {
    set = new Set(
      findMarkRegions(doc)
        .filter((region) => !region.closed)
        .map((region) => region.paragraph),
    );
    unclosedCache.set(doc, set);
  }
  return set.has(paragraph - 1);
}

interface Attribution {
  phrase: SpeakerPhrase;
  cue: string;
  at: number;
}

/** The speech verb and speaker outside the marks of a group: `, she said.`, `X said: "`, `said X`. */
function attributionInFrame(
  ctx: PhraseContext,
  group: Group,
  regionOf: Int32Array,
): Attribution | undefined {
  const { tokens } = ctx.doc;
  for (let v = group.first; v < group.last; v++) {
    if ((regionOf[v] ?? -1) >= 0) continue;
    const word = tokens[v]?.text.toLowerCase() ?? '';
    if (word === 'according' && tokens[v + 1]?.text.toLowerCase() === 'to') {
      const phrase = speakerAfter(ctx, v + 1, frameEnd(group, regionOf, v));
      if (phrase) return { phrase, cue: 'according to', at: v };
      continue;
    }
    if (!SPEECH_VERBS.has(word)) continue;
    const floor = frameStart(group, regionOf, v);
    const before = speakerBefore(ctx, v, floor);
    if (before && (!WEAK_SPEECH_VERBS.has(word) || before.kind !== 'generic'))
      return { phrase: before, cue: word, at: v };
    const previous = tokens[v - 1]?.text ?? '';
    if (v === floor || previous === ',' || (regionOf[v - 1] ?? -1) >= 0) {
      const after = speakerAfter(ctx, v, frameEnd(group, regionOf, v));
      if (after) return { phrase: after, cue: word, at: v };
    }
  }
  // "X was brief: "…"": the subject of the clause that ends in a colon.
  for (let c = group.first; c < group.last; c++) {
    if (tokens[c]?.text !== ':' || (regionOf[c] ?? -1) >= 0 || (regionOf[c + 1] ?? -1) < 0)
      continue;
    // The subject of the sentence that the colon ends, outside any quoted words in it.
    const floor = group.first;
    for (let s = floor; s < c; s++) {
      if ((regionOf[s] ?? -1) >= 0) continue;
      const mention = ctx.mentionAt[s] ?? -1;
      if (mention >= 0 && (ctx.isPerson?.(s) ?? true) && !ctx.isPlace?.(s))
        return { phrase: { kind: 'mention', mention, first: s, last: s + 1 }, cue: ':', at: s };
      const lower = tokens[s]?.text.toLowerCase();
      if (lower === 'she' || lower === 'he' || lower === 'they') {
        return { phrase: { kind: 'pronoun', word: lower, first: s, last: s + 1 }, cue: ':', at: s };
      }
    }
  }
  return undefined;
}

/** A sentence that ends its paragraph with a colon after a speech verb and its speaker. */
function introducesQuotation(
  ctx: PhraseContext,
  group: Group,
  regionOf: Int32Array,
): { attribution: Attribution; paragraph: number } | undefined {
  const { tokens } = ctx.doc;
  const lastToken = tokens[group.last - 1];
  const paragraphEnd = ctx.doc.paragraphs[group.paragraph]?.end ?? -1;
  if (lastToken?.text !== ':' || ctx.doc.body.slice(lastToken.end, paragraphEnd).trim() !== '')
    return undefined;
  // Only when the next paragraph opens with a quotation mark.
  const next = ctx.doc.paragraphs[group.paragraph + 1];
  if (!next || !/^\s*["“«„]/.test(ctx.doc.body.slice(next.start, next.start + 8))) return undefined;
  const attribution = attributionInFrame(ctx, group, regionOf);
  return attribution ? { attribution, paragraph: group.paragraph } : undefined;
}

/** The quotes of a paragraph opened by a quotation that an earlier "X said:" introduced. */
function attributeIntroduced(found: RawQuote[], attribution: Attribution): void {
  for (const quote of found) {
    if (quote.speaker) return;
    quote.speaker = attribution.phrase;
    quote.cue = attribution.cue;
    quote.at = attribution.at;
    delete quote.inherit;
  }
}

/**
 * '"…," was how X put it.' or '"…" That was how X described it.': the rest of the group, then the
 * next sentence of the paragraph, may name the speaker of unattributed quotes.
 */
function attributeFeatureStyle(
  ctx: PhraseContext,
  found: RawQuote[],
  group: Group,
  next: Group | undefined,
  regionOf: Int32Array,
): void {
  if (found.length === 0 || found.some((quote) => quote.speaker)) return;
  const lastQuoteEnd = found[found.length - 1]?.end ?? 0;
  const after = firstTokenAtOrAfter(ctx.doc, lastQuoteEnd);
  let phrase = featureStyleSpeaker(ctx, after, group.last, regionOf);
  if (!phrase && next && next.paragraph === group.paragraph && after >= group.last - 2)
    phrase = featureStyleSpeaker(ctx, next.first, next.last, regionOf);
  if (phrase) attributeIntroduced(found, { phrase, cue: 'feature', at: phrase.first });
}

function frameStart(group: Group, regionOf: Int32Array, v: number): number {
  let floor = v;
  while (floor > group.first && (regionOf[floor - 1] ?? -1) < 0) floor--;
  return floor;
}

function frameEnd(group: Group, regionOf: Int32Array, v: number): number {
  let ceiling = v + 1;
  while (ceiling < group.last && (regionOf[ceiling] ?? -1) < 0) ceiling++;
  return ceiling;
}

/** A sentence's span without its final punctuation. */
export function trimSentence(
  doc: Doc,
  first: number,
  last: number,
): { start: number; end: number } | undefined {
  let end = last;
  while (end > first && /^[.!?…]$/.test(doc.tokens[end - 1]?.text ?? '')) end--;
  const head = doc.tokens[first];
  const tail = doc.tokens[end - 1];
  if (!head || !tail || end <= first) return undefined;
  return { start: head.start, end: tail.end };
}
