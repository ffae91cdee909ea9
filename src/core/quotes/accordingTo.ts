/**
 * "According to X, CLAUSE", "CLAUSE, according to X" and "According to X CLAUSE": X is the name
 * or phrase after "according to", the person closing a titled phrase, or the body that published
 * the figures it cites.
 */
import type { Token } from '../text/tokens';
import { matchPlaceAt } from '../geo/gazetteer';
import { hasVerb, looksLikeClause, span, type Reported } from './clause';
import { speakerAfter } from './speakerAfter';
import { speechVerbAt } from './verbs';
import { placeAndRegion, speakerBefore } from './speakerPhrase';
import type { PhraseContext, SpeakerPhrase } from './speakerPhrase';

export function accordingTo(ctx: PhraseContext, first: number, end: number): Reported | undefined {
  const { tokens } = ctx.doc;
  for (let i = first; i < end - 2; i++) {
    if (tokens[i]?.text.toLowerCase() !== 'according' || tokens[i + 1]?.text.toLowerCase() !== 'to')
      continue;
    let comma = i + 2;
    while (comma < end && tokens[comma]?.text !== ',') comma++;
    comma = pastRegion(ctx, comma, end);
    // "According to the town's first selectman, Chris Kervick, there were …": the name in
    // apposition to the role speaks, and the clause follows it.
    const apposed = apposedPerson(ctx, comma, end);
    if (apposed && i === first) {
      const clause = span(tokens, apposed.last + 1, end);
      return clause && { ...clause, at: i, speaker: apposed, cue: 'according to' };
    }
    const speaker = accordingToSource(ctx, i, comma);
    if (!speaker) return undefined;
    if (i === first || (i === first + 1 && tokens[first]?.text === ',')) {
      // "According to Rathbun the property was returned …": no comma after the source.
      let from = clauseRightAfter(ctx, speaker, comma) ? speaker.last : comma + 1;
      if (from === comma + 1) from = afterApposition(tokens, from, end);
      // "According to ISNA, the prosecutor general, X, said …": the one who said it speaks; the
      // source only carried the report (the sentence's verb finders take it).
      if (reportsSpeech(ctx, from, end)) return undefined;
      const clause = span(tokens, from, end);
      return clause && { ...clause, at: i, speaker, cue: 'according to' };
    }
    if (tokens[i - 1]?.text === ',') {
      // "One child was, according to the fire service, among the dead": the source interrupts the
      // clause, which runs on after it.
      // "On Sunday in London, England, according to witnesses, a man entered …": what comes
      // before is no clause; the one after the source is reported. But "Local authorities,
      // according to X, have noted …" breaks one clause in two.
      const verbless = i - 1 - first <= 3 || !hasVerb(tokens, first, i - 1);
      const clauseAfter = looksLikeClause(tokens, comma + 1, end);
      const interrupts =
        comma < end - 2 &&
        (breaksOffAtAuxiliary(tokens, first, i - 1) || (verbless && !clauseAfter));
      const after = comma < end - 3 && verbless && clauseAfter;
      const clause = interrupts
        ? span(tokens, first, end)
        : after
          ? span(tokens, comma + 1, end)
          : span(tokens, first, i - 1);
      return clause && { ...clause, at: i, speaker, cue: 'according to' };
    }
    // "Both companies have been in operation since the 1970s according to USA Today": no comma,
    // the source closing the sentence.
    // "… according to NDRRMC report on Saturday, which figured …": a relative clause on the source.
    const relative = /^(which|who)$/i.test(tokens[comma + 1]?.text ?? '');
    if ((comma >= end || relative) && i - first >= 4) {
      const clause = span(tokens, first, i);
      return clause && { ...clause, at: i, speaker, cue: 'according to' };
    }
    return undefined;
  }
  return undefined;
}

/**
 * "According to police in Baytown, Texas, the driver …": a place and the region it lies in belong
 * to the source; the comma after the region, or `comma` when no region follows a place there.
 */
function pastRegion(ctx: PhraseContext, comma: number, end: number): number {
  const last = placeAndRegion(ctx, comma, 0)?.regionLast ?? comma;
  return ctx.doc.tokens[last]?.text === ',' && end - last > 3 ? last : comma;
}

/**
 * Where the clause after "According to X," starts when a relative clause or an apposition on the
 * source comes first: "According to AFP, which cited sources close to the inquiry, the man had
 * …", "According to Sadie Weiner, Hagan's former spokeswoman, Hagan died …", "According to a
 * report by UpGuard, a cybersecurity firm, two databases were found …".
 */
function afterApposition(tokens: Token[], from: number, end: number): number {
  // "According to Interfax, citing the emergencies ministry, twelve …" reads as a relative clause.
  const relative = /^(which|who|citing|quoting)$/i.test(tokens[from]?.text ?? '');
  const apposition =
    /^(a|an|the|his|her|its|their)$/i.test(tokens[from]?.text ?? '') ||
    /^['’]s$/.test(tokens[from + 1]?.text ?? '');
  if (!relative && !apposition) return from;
  let close = from + 1;
  while (close < end && tokens[close]?.text !== ',') close++;
  if (close >= end - 3) return from;
  if (apposition && (close - from > 8 || hasVerb(tokens, from, close))) return from;
  if (apposition && !looksLikeClause(tokens, close + 1, end)) return from;
  return close + 1;
}

/**
 * The source named after "according to" (at token `according`), up to `ceiling`: a person closing
 * the phrase ("according to Harbour Board chair Tomasz Wierzbicki"), the body that published what
 * it cites ("according to figures published by the Federal Statistical Office", "according to a
 * tweet by X"), else the phrase itself.
 */
export function accordingToSource(
  ctx: PhraseContext,
  according: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const closing = nameEndingAt(ctx, according + 2, ceiling);
  const after = speakerAfter(ctx, according + 1, ceiling);
  return (
    (closing && ctx.isPerson?.(closing.first) ? closing : undefined) ??
    (!after || after.kind === 'generic' ? namedWithin(ctx, according + 2, ceiling) : undefined) ??
    after ??
    closing
  );
}

/** "according to Afghan Ambassador to the United States Hamdullah Mohib,": a name ends the phrase. */
function nameEndingAt(ctx: PhraseContext, from: number, comma: number): SpeakerPhrase | undefined {
  const mention = ctx.mentionAt[comma - 1] ?? -1;
  if (mention < 0 || comma - from > 12 || ctx.isPlace?.(comma - 1)) return undefined;
  let first = comma - 1;
  while (first > from && ctx.mentionAt[first - 1] === mention) first--;
  return { kind: 'mention', mention, first, last: comma };
}

/** Whether a named speaker and a speech verb open the words from `from` ("X, a judge, said"). */
function reportsSpeech(ctx: PhraseContext, from: number, end: number): boolean {
  for (let v = from + 1; v < Math.min(end, from + 14); v++) {
    const word = speechVerbAt(ctx, v);
    if (!word || !/^(said|says|told|stated|added|announced|wrote)$/.test(word)) continue;
    const speaker = speakerBefore(ctx, v, from);
    return speaker?.kind === 'mention' && ctx.isPerson?.(speaker.first) === true;
  }
  return false;
}

/** A person named between the comma at `comma` and the next one. */
function apposedPerson(ctx: PhraseContext, comma: number, end: number): SpeakerPhrase | undefined {
  // "According to official statements, Trump, now in hospital, is to …": a name after a plural
  // source is the clause's subject, not the source.
  if (/(?:[^s]s|^police|^media)$/i.test(ctx.doc.tokens[comma - 1]?.text ?? '')) return undefined;
  const mention = ctx.mentionAt[comma + 1] ?? -1;
  if (mention < 0 || !ctx.isPerson?.(comma + 1)) return undefined;
  let last = comma + 1;
  while (last < end && ctx.mentionAt[last] === mention) last++;
  if (ctx.doc.tokens[last]?.text !== ',' || end - last < 4) return undefined;
  return { kind: 'mention', mention, first: comma + 1, last };
}

/** Words that can open a clause right after a source's name ("the", "over 345", "it"). */
const CLAUSE_OPENS =
  /^(the|a|an|this|these|those|its|his|her|their|there|it|he|she|they|we|some|most|many|more|over|about|nearly|almost|only|no|\d[\d,.]*)$/i;

/** The clause starts right after the named source, with no comma (at least a few words before one). */
function clauseRightAfter(ctx: PhraseContext, speaker: SpeakerPhrase, comma: number): boolean {
  if (speaker.kind !== 'mention' || comma - speaker.last < 5) return false;
  return CLAUSE_OPENS.test(ctx.doc.tokens[speaker.last]?.text ?? '');
}

const isDemonym = (word: string) => matchPlaceAt([word], 0)?.place.kind === 'demonym';

/** "according to figures published by the Federal Statistical Office": the named source. */
function namedWithin(ctx: PhraseContext, from: number, to: number): SpeakerPhrase | undefined {
  for (let i = from; i < to; i++) {
    const mention = ctx.mentionAt[i] ?? -1;
    // Only where a name starts: "of" inside "University of Calgary" introduces no source.
    if (mention < 0 || ctx.mentionAt[i - 1] === mention) continue;
    let before = i - 1;
    // "a statement by the Kenyan Red Cross": a demonym before the name.
    while (before > i - 3 && isDemonym(ctx.doc.tokens[before]?.text ?? '')) before--;
    if (/^(the|a|an)$/i.test(ctx.doc.tokens[before]?.text ?? '')) before--;
    const preposition = ctx.doc.tokens[before]?.text.toLowerCase() ?? '';
    if (!/^(by|from|of)$/.test(preposition)) continue;
    // "reports from the ministry of internal affairs of Belarus": the place qualifies a body.
    if (preposition === 'of' && ctx.isPlace?.(i)) continue;
    // "a tweet by US Secretary of State Mike Pompeo": the person behind the place and title.
    const titled = speakerAfter(ctx, before, to);
    if (titled?.kind === 'mention') return titled;
    let last = i;
    while (last < to && ctx.mentionAt[last] === mention) last++;
    return { kind: 'mention', mention, first: i, last };
  }
  return undefined;
}

/** Whether the few words [from, to) stop at an auxiliary ("One child was,"), mid-clause. */
function breaksOffAtAuxiliary(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1]?.text ?? '';
  return (
    to - from <= 6 && /^(was|were|is|are|has|have|had|will|would|could|may|might)$/i.test(last)
  );
}
