/**
 * Which quotation-mark regions are speech. Long or sentence-like quotations are speech; a word or
 * two in marks is either a fragment of reported speech (when a speech verb frames it) or a scare
 * quote or title in the reporter's own voice ("the so-called "reset"", a "historic" deal).
 */
import type { Doc } from '../text/document';
import { isCapitalised } from '../text/tokens';
import type { MarkRegion } from './marks';
import { SPEECH_VERBS } from '../lexicon/speech';
import { NAMING_CUES } from '../lexicon/speech';

const ATTRIBUTION_AFTER =
  /^[,.]?\s*(?:(?:he|she|they|it|[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,3})\s+(?:said|says|added|adds|told|tells|wrote|writes|insisted|warned|explained|noted|argued|tweeted|posted|stated)\b|(?:said|says|added|told|wrote|tweeted|posted|stated|continued|explained)\s)/u;

export type RegionKind = 'speech' | 'fragment' | 'not-speech';

/** A quotation region with its kind and the tokens that cover its marks. */
export interface Region extends MarkRegion {
  kind: RegionKind;
  /** Token range covering the marks. */
  first: number;
  last: number;
}

export function classifyRegion(doc: Doc, region: MarkRegion, tokensInside: number): RegionKind {
  const inner = doc.body.slice(region.start, region.end);
  const words = inner.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const before = doc.body.slice(Math.max(0, region.open - 40), region.open).toLowerCase();
  // The word right before the mark ("the plan "X""); after a comma it names nothing ("of the
  // plan, "but …"").
  const previousWord = /([\p{L}-]+)[\s(]*$/u.exec(before)?.[1] ?? '';
  const endsLikeSpeech = /[.,!?…:;]$/.test(inner) || /[.!?]\s/.test(inner);
  const titleCase =
    words.length > 1 && words.filter((word) => isCapitalised(word)).length >= words.length * 0.6;
  // "the case "Eva Glawischnig-Piesczek vs. Facebook Ireland"": a court case's name.
  if (/\s(?:vs?\.|versus)\s/.test(inner)) return 'not-speech';
  if (NAMING_CUES.has(previousWord) || /known as\W*$/.test(before))
    return titleCase || words.length <= 6 ? 'not-speech' : 'speech';
  if (!region.closed) return 'speech';
  // 'A "tropical depression" is the weakest form of cyclone': a term the sentence defines.
  const after = doc.body.slice(region.close + 1, region.close + 40);
  if (
    words.length <= 3 &&
    /^(a|an|the)$/.test(previousWord) &&
    /^\s+(is|are|was|were|refers|means)\b/.test(after)
  )
    return 'not-speech';
  // `"Foolhardy provocation deserves harsh punishment", it added`: an attribution follows.
  if (words.length >= 3 && ATTRIBUTION_AFTER.test(after)) return 'speech';
  if (titleCase && !endsLikeSpeech) return 'not-speech';
  if (endsLikeSpeech && words.length >= 2) return 'speech';
  if (words.length >= 6 || tokensInside >= 8) return 'speech';
  // "Ribeiro replied: "Yes."": after a speech verb and a colon, even one word is speech.
  const colonAfter = /(\p{L}+)\s*:\s*$/u.exec(before)?.[1] ?? '';
  if (/:\s*$/.test(before))
    return words.length >= 2 || SPEECH_VERBS.has(colonAfter) ? 'speech' : 'fragment';
  return 'fragment';
}
