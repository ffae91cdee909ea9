/**
 * Quoted words a subject characterises something with, in a sentence that reports no speech
 * otherwise: "X called the deal "lousy"", "Y characterised the call as "perfectly fine"", "which
 * Ross has referred to as "gamesmanship"", "with Ross Spano calling the process "a coup"". Each is
 * a direct quotation of the one who characterises.
 */
import { introducedBy, type Group } from './frame';
import { speakerBefore, type PhraseContext, type SpeakerPhrase } from './speakerPhrase';
import { passiveAgent } from './speakerAfter';
import type { RawQuote } from './types';
import type { Region } from './regions';

/**
 * Who characterises with the verb at `verb`. The phrase right before the verb is its subject when
 * it follows a relative pronoun ("…the decision, which Ross has referred to as "gamesmanship"")
 * or is a person before a participle ("with Ross Spano of Florida calling the process "a coup""),
 * and then outweighs the sentence's subject; otherwise the subject introducing the sentence, else
 * that phrase (never after ", calling", where it is the participle's object).
 */
function subjectOfCharacterisation(
  ctx: PhraseContext,
  group: Group,
  verb: number,
  regionOf: Int32Array,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  // "Mancini has been described by the Daily Hive as a "squirrel whisperer"": in the passive the
  // one after "by" characterises; without it, no one named does (the subject is described).
  const { passive, agent } = passiveAgent(ctx, verb, group.last + 1);
  if (passive) return agent;
  const before = speakerBefore(ctx, verb, group.first);
  const participle = /ing$/i.test(tokens[verb]?.text ?? '');
  if (before) {
    const named = before.kind === 'mention' || before.kind === 'pronoun';
    const relative = /^(which|that|whom)$/i.test(tokens[before.first - 1]?.text ?? '');
    if (named && relative) return before;
    const person = before.kind === 'mention' && ctx.isPerson?.(before.first);
    if (participle && person && tokens[verb - 1]?.text !== ',') return before;
  }
  const subject = introducedBy(ctx, { ...group, last: verb + 1 }, regionOf);
  if (participle) return subject?.phrase;
  return subject?.phrase ?? before;
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
    const characterising = characterisingSpeaker(ctx, group, region, regionOf);
    if (!characterising) continue;
    found.push({
      start: region.start,
      end: region.end,
      kind: 'direct',
      paragraph: group.paragraph,
      at: characterising.at,
      speaker: characterising.phrase,
      cue: characterising.cue,
    });
  }
  return found;
}

/**
 * Who characterises something with the quoted words of `region`: the subject of the nearest verb
 * of characterising before its marks whose subject can be found ("denounced the summit, calling
 * the accords "…"" falls back from "calling" to "denounced"). Also asked of long quotations with
 * no speech verb: "with X calling the inquiry "…" and Y calling the process "…"".
 */
export function characterisingSpeaker(
  ctx: PhraseContext,
  group: Group,
  region: Region,
  regionOf: Int32Array,
): { phrase: SpeakerPhrase; at: number; cue: string } | undefined {
  const { tokens } = ctx.doc;
  for (let k = region.first - 1; k >= Math.max(group.first, region.first - 12); k--) {
    if ((regionOf[k] ?? -1) >= 0 || /^[.;:]$/.test(tokens[k]?.text ?? '')) break;
    if (!CHARACTERISES.test(tokens[k]?.text ?? '')) continue;
    // "calling for a "full inquiry"" asks for something; it names nothing.
    if (/^call/i.test(tokens[k]?.text ?? '') && /^(for|on|off)$/i.test(tokens[k + 1]?.text ?? ''))
      continue;
    const phrase = subjectOfCharacterisation(ctx, group, k, regionOf);
    if (phrase || !/ing$/i.test(tokens[k]?.text ?? '')) {
      if (!phrase || phrase.kind === 'generic') return undefined;
      return { phrase, at: k, cue: tokens[k]?.text.toLowerCase() ?? '' };
    }
  }
  return undefined;
}
