/**
 * Finds quotes and the phrases that attribute them, sentence group by sentence group.
 * A group is one sentence, or several when a quotation runs across sentence ends
 * (`"We act. We must," she said.`). Within a group, quotations that are speech become direct quotes
 * attributed by the speech verb outside the marks; without speech in marks, the group is tried for
 * reported speech (`X said (that) …`, `…, X said.`, `according to X, …`), which becomes a mixed
 * quote when it carries a quoted fragment.
 */
import { tokenAt, type Doc } from '../text/document';
import { findMarkRegions } from './marks';
import { classifyRegion, type Region } from './regions';
import { findReported, sentenceEnd, type Reported } from './reported';
import { looksLikeClause, type ReportFinder } from './clause';
import { laterAttribution, splitContrast, splitCoordinated, withoutDateline } from './contrast';
import { findOtherReported } from './reportedForms';
import {
  attributeFeatureStyle,
  attributeIntroduced,
  introducedBy,
  introducesQuotation,
  verbAttributions,
  type Attribution,
  type Group,
} from './frame';
import { phraseEndingAt, type PhraseContext, type SpeakerPhrase } from './speakerPhrase';
import { characterisations, characterisingSpeaker } from './characterise';
import type { RawQuote } from './types';

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
    const end = sentenceEnd(ctx, group.first, group.last);
    const reported = reportedIn(ctx, group.first, end, regionOf);
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
      for (const quote of found) quotes.push(quote); // no spread: a group may hold thousands
      // "… of "presumably 40 people", while Deputy Governor X indicated 68 were missing": reported
      // speech beside the quotation, in the words outside its marks.
      for (const quote of reportedBeside(ctx, group, speech, regionOf, inGroup, found))
        quotes.push(quote);
      colonIntro = undefined;
      continue;
    }
    colonIntro = introducesQuotation(ctx, group, regionOf);
    if (colonIntro) continue;
    // "X called the deal "lousy"", "Y characterised the call as "perfectly fine"": words the
    // subject used to characterise something are its quotation (beside any reported clause).
    const allCharacterised = characterisations(ctx, group, inGroup, regionOf);
    // "Pelosi called Trump's conduct a "breach …," according to NBC": the subject speaks, the
    // outlet only reports it.
    const reportedParts = reportedInParts(ctx, group.first, end, regionOf, reported).filter(
      (part) =>
        part.cue !== 'according to' ||
        !allCharacterised.some(
          (quote) =>
            quote.speaker?.kind === 'mention' && quote.start >= part.start && quote.end <= part.end,
        ),
    );
    const characterised = allCharacterised.filter((quote) =>
      reportedParts.every((part) => quote.end <= part.start || quote.start >= part.end),
    );
    for (const quote of characterised) quotes.push(quote);
    for (const reported of reportedParts) {
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
    }
    if (reportedParts.length > 0 || characterised.length > 0) continue;
    // Verbless reported speech: a sentence carrying a quoted phrase right after an attributed quote.
    const fragment = inGroup.find(
      (region) => region.kind === 'fragment' && region.end - region.start > 12,
    );
    const previous = quotes[quotes.length - 1];
    if (fragment && previous && group.paragraph - previous.paragraph <= 1) {
      const span = trimSentence(doc, group.first, group.last);
      // "Environment Minister John Baird has asked … 'approved security cabinets' …": the
      // sentence's own subject speaks, when it is a person; otherwise the previous speaker.
      const subject =
        relativePerson(ctx, group.first, fragment.first) ??
        subjectPerson(ctx, group.first, fragment.first);
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

/** The reported clause of tokens [first, end), by the finders in their order of trust. */
const reportedIn: ReportFinder = (ctx, first, end, regionOf) => {
  return (
    findReported(ctx, first, end, regionOf) ??
    findOtherReported(ctx, first, end, regionOf) ??
    laterAttribution(ctx, first, end, regionOf)
  );
};

/**
 * The reported clause of each part of a sentence that semicolons divide ("X said A; TVN24 reported
 * B"): each part may have its own speaker. `whole` is the sentence's own, already found: without a
 * semicolon it is the only part.
 */
function reportedInParts(
  ctx: PhraseContext,
  first: number,
  end: number,
  regionOf: Int32Array,
  whole: Reported | undefined,
): Reported[] {
  const semicolons: number[] = [];
  for (let i = first; i < end; i++)
    if (ctx.doc.tokens[i]?.text === ';' && (regionOf[i] ?? -1) < 0) semicolons.push(i);
  if (semicolons.length === 0) return whole ? [whole] : [];
  const found: Reported[] = [];
  let from = first;
  semicolons.push(end);
  for (const to of semicolons) {
    const reported = reportedIn(ctx, from, to, regionOf);
    if (reported) found.push(reported);
    from = to + 1;
  }
  return found;
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
    // "President Trump lashed out at the mayor, accusing her of "…"": a verb in the past too.
    const acts =
      /^(has|had|is|was|said|says|told|asked|wrote|called|described|urged|warned|insisted)$/i.test(
        next,
      ) || /^\p{Ll}+ed$/u.test(next);
    return acts ? { kind: 'mention', mention, first: i, last } : undefined;
  }
  return undefined;
}

/**
 * "…, such as Chris Christie, who denounced the team's claims as a "national embarrassment"": the
 * person a relative clause before the quoted words is about.
 */
function relativePerson(
  ctx: PhraseContext,
  first: number,
  limit: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  for (let w = limit - 1; w > first + 1; w--) {
    if (!/^who$/i.test(tokens[w]?.text ?? '') || tokens[w - 1]?.text !== ',') continue;
    const named = phraseEndingAt(ctx, w - 2, first);
    return named?.kind === 'mention' && ctx.isPerson?.(w - 2) ? named : undefined;
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
    const first = tokenAt(doc, region.open);
    let last = first;
    while (last < doc.tokens.length && (doc.tokens[last]?.start ?? Infinity) <= region.close)
      last++;
    let kind = classifyRegion(doc, region, last - first);
    // "the terms "A" and "B."": a short quotation joined to a term is a term too.
    const previous = regions[regions.length - 1];
    const joined =
      previous &&
      /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/.test(doc.body.slice(previous.close + 1, region.open));
    if (kind === 'speech' && previous?.kind === 'not-speech' && joined && last - first <= 8)
      kind = 'not-speech';
    regions.push({ ...region, kind, first, last });
  }
  return regions;
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
  const verbs = verbAttributions(ctx, group, regionOf);
  const fallback = verbs.length === 0 ? introducedBy(ctx, group, regionOf) : undefined;
  /** The attribution nearest to a quotation: the verb right after its marks or right before. */
  const nearest = (region: Region) => {
    let best = fallback;
    let bestDistance = Infinity;
    for (const candidate of verbs) {
      const distance =
        candidate.at < region.first ? region.first - candidate.at : candidate.at - region.last;
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  };
  const firstSpeech = speech[0];
  const continuation =
    firstSpeech !== undefined &&
    firstSpeech.first === group.first &&
    previousParagraphUnclosed(ctx.doc, group.paragraph);
  return speech.map((region, index) => {
    const characterising =
      verbs.length === 0 ? characterisingSpeaker(ctx, group, region, regionOf) : undefined;
    const attribution = characterising ?? nearest(region);
    return {
      start: region.start,
      end: region.end,
      kind: 'direct' as const,
      paragraph: group.paragraph,
      at: attribution?.at ?? region.first,
      ...(index === 0 && continuation ? { continues: true } : {}),
      ...(attribution
        ? { speaker: attribution.phrase, cue: attribution.cue }
        : {
            inherit:
              index === 0 && continuation ? ('continuation' as const) : ('paragraph' as const),
          }),
    };
  });
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

/**
 * Reported clauses in a group that also holds quotations, found in each stretch of words between
 * (or around) the quotations' marks; a stretch must be long enough to hold a speaker, a verb and a
 * clause, and the clause must name its speaker.
 */
function reportedBeside(
  ctx: PhraseContext,
  group: Group,
  speech: Region[],
  regionOf: Int32Array,
  inGroup: Region[],
  direct: RawQuote[],
): RawQuote[] {
  const found: RawQuote[] = [];
  // The verbs that attribute the quotations ("X said at the presentation: "…"") report nothing else.
  const attributing = new Set(direct.map((quote) => quote.at));
  let from = group.first;
  for (const bound of [...speech.map((region) => region.first), group.last]) {
    const to = bound;
    if (to - from >= 7) {
      const end = sentenceEnd(ctx, from, trimTrailing(ctx.doc, from, to));
      const reported =
        findReported(ctx, from, end, regionOf) ?? findOtherReported(ctx, from, end, regionOf);
      const verbEnd = ctx.doc.tokens[reported?.at ?? -1]?.end ?? Infinity;
      // "Trump tweeted he wasn't aware of it: "Wow! …"": the verb that introduces the quotation
      // may report a clause of its own first, when one shows itself.
      const clauseOfItsOwn =
        reported !== undefined &&
        ctx.doc.tokens[to - 1]?.text === ':' &&
        looksLikeClause(ctx.doc.tokens, tokenAt(ctx.doc, reported.start), end);
      if (
        reported &&
        reported.speaker.kind !== 'generic' &&
        (!attributing.has(reported.at) || clauseOfItsOwn) &&
        reported.start > verbEnd
      ) {
        const carriesFragment = inGroup.some(
          (region) =>
            region.kind !== 'not-speech' &&
            region.start >= reported.start &&
            region.end <= reported.end,
        );
        found.push({
          ...reported,
          kind: carriesFragment ? 'mixed' : 'indirect',
          paragraph: group.paragraph,
        });
      }
    }
    const region = speech.find((r) => r.first === bound);
    from = region ? region.last : to;
  }
  return found;
}

/** The end of a stretch without the punctuation that leads into a quotation (`:`, `,`, `—`). */
function trimTrailing(doc: Doc, from: number, to: number): number {
  let end = to;
  while (end > from && /^[:,;—–-]$/.test(doc.tokens[end - 1]?.text ?? '')) end--;
  return end;
}
