/**
 * Quoted words a subject characterises something with, in a sentence that reports no speech
 * otherwise: "X called the deal "lousy"", "Y characterised the call as "perfectly fine"", "which
 * Ross has referred to as "gamesmanship"", "with Ross Spano calling the process "a coup"". Each is
 * a direct quotation of the one who characterises.
 */
import { introducedBy, type Group } from './frame';
import { speakerBefore, type PhraseContext, type SpeakerPhrase } from './speakerPhrase';
import type { RawQuote } from './types';
import type { Region } from './regions';

/** The subject of a relative clause ("which Ross has referred to") whose verb is `verb`. */
function relativeSubject(ctx: PhraseContext, verb: number, floor: number) {
  const phrase = speakerBefore(ctx, verb, floor);
  if (!phrase || (phrase.kind !== 'mention' && phrase.kind !== 'pronoun')) return undefined;
  return /^(which|that|whom)$/i.test(ctx.doc.tokens[phrase.first - 1]?.text ?? '')
    ? phrase
    : undefined;
}

/** Who characterises with the verb at `verb`: a relative clause's or participle's own subject, the
 * subject introducing the sentence, or the phrase right before the verb. */
function subjectOfCharacterisation(
  ctx: PhraseContext,
  group: Group,
  verb: number,
  regionOf: Int32Array,
): SpeakerPhrase | undefined {
  // "…the decision, which Ross has referred to as "gamesmanship"": a relative clause's own
  // subject, right before its verb, outweighs the sentence's.
  const own = relativeSubject(ctx, verb, group.first) ?? participleSubject(ctx, verb, group.first);
  if (own) return own;
  const subject = introducedBy(ctx, { ...group, last: verb + 1 }, regionOf);
  // After ", calling" the phrase before the participle is its object, not its subject.
  if (/ing$/i.test(ctx.doc.tokens[verb]?.text ?? '')) return subject?.phrase;
  return subject?.phrase ?? speakerBefore(ctx, verb, group.first);
}

/** "with Ross Spano of Florida calling the process "a coup"": the person right before the participle. */
function participleSubject(ctx: PhraseContext, verb: number, floor: number) {
  if (!/ing$/i.test(ctx.doc.tokens[verb]?.text ?? '')) return undefined;
  if (ctx.doc.tokens[verb - 1]?.text === ',') return undefined;
  const phrase = speakerBefore(ctx, verb, floor);
  return phrase?.kind === 'mention' && ctx.isPerson?.(phrase.first) ? phrase : undefined;
}

/** Verbs by which a subject characterises something in words of its own. */
const CHARACTERISES =
  /^(called|calls|calling|describing|described|describes|referred|refers|characterised|characterized|labelled|labeled|branded|dubbed|attacked|criticised|criticized|praised|hailed|thanked|condemned|denounced|accused|expressed|gave|offered|urged|promised|vowed|warned|cited)$/i;

/**
 * Quoted words in a sentence that reports no speech otherwise, framed by a verb of characterising
 * between the sentence's subject and the marks: a direct quotation of the subject. A title or a
 * name in marks (title case) is none.
 */
export function characterisations(
  ctx: PhraseContext,
  group: Group,
  inGroup: Region[],
  regionOf: Int32Array,
): RawQuote[] {
  const { tokens } = ctx.doc;
  const found: RawQuote[] = [];
  for (const region of inGroup) {
    const inner = ctx.doc.body.slice(region.start, region.end);
    const words = inner.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length === 0 || words.length > 12) continue;
    if (words.length > 1 && words.every((word) => /^\p{Lu}/u.test(word))) continue;
    // "called the agreement "null and void" and "geographically ridiculous"": a second
    // characterisation joined to the first shares its speaker.
    const previous = found[found.length - 1];
    if (
      previous &&
      /^[”"’']?\s*(?:,|and|or|,\s*and|,\s*or)(?:\s+(?:a|an|the))?\s*$/.test(
        ctx.doc.body.slice(previous.end, region.open),
      )
    ) {
      found.push({ ...previous, start: region.start, end: region.end });
      continue;
    }
    // The nearest verb of characterising whose subject can be found ("denounced the summit,
    // calling the accords "…"" falls back from "calling" to "denounced").
    let verb = -1;
    let phrase: SpeakerPhrase | undefined;
    for (let k = region.first - 1; k >= Math.max(group.first, region.first - 12); k--) {
      if ((regionOf[k] ?? -1) >= 0 || /^[.;:]$/.test(tokens[k]?.text ?? '')) break;
      if (!CHARACTERISES.test(tokens[k]?.text ?? '')) continue;
      // "calling for a "full inquiry"" asks for something; it names nothing.
      if (/^call/i.test(tokens[k]?.text ?? '') && /^(for|on|off)$/i.test(tokens[k + 1]?.text ?? ''))
        continue;
      verb = k;
      phrase = subjectOfCharacterisation(ctx, group, k, regionOf);
      if (phrase || !/ing$/i.test(tokens[k]?.text ?? '')) break;
    }
    if (verb < 0) continue;
    if (!phrase || phrase.kind === 'generic') continue;
    found.push({
      start: region.start,
      end: region.end,
      kind: 'direct',
      paragraph: group.paragraph,
      at: verb,
      speaker: phrase,
      cue: tokens[verb]?.text.toLowerCase() ?? '',
    });
  }
  return found;
}
