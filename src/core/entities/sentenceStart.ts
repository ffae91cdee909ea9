/**
 * The start of a capitalised run at the start of a sentence: ordinary words that are capitalised
 * only because they open the sentence ("The", "Police", "Sharing") are dropped; titles, names,
 * places, acronyms and occupations before a name ("Hydrologist Sebastián Quiroga") decide where
 * the name begins.
 */
import type { Doc } from '../text/document';
import { matchPlaceAt } from '../geo/gazetteer';
import { isCommonWord, isGivenName, isKnownName } from '../lexicon/lexicon';
import { startsWithPlaceHead } from './placeCues';
import { agedAfter, introducesAcronym, isAcronym, isPairedHonorific } from './nameCues';
import type { Run } from './runs';
import { isKnownOrganization, knownOrganizationLength } from '../lexicon/lexicon';
import { isOccupation } from './titledName';
import { NEWSPAPER_WORDS, ORG_HEADS, PRESS_HEADS } from '../lexicon/organizations';
import { TITLE_WORDS } from '../lexicon/people';
import { GENERIC_SOURCES, SPEECH_VERBS } from '../lexicon/speech';

export const FUNCTION_WORD =
  /^(the|a|an|both|either|neither|all|each|every|this|that|these|those|in|on|at|by|for|from|with|of|to|as|and|but|or|if|when|while|after|before|since|during|under|over|because|although|though|it|he|she|they|we|i|you|his|her|their|our|its|my|your|there|here|then|now|so|yet|also|even|still|just|only|once)$/i;

/** Drops capitalised ordinary words that only start the sentence ("Sharing", "The", "Police"). */
export function trimSentenceStart(doc: Doc, run: Run): Run {
  // "according to The Guardian", "a report by The Atlantic": a capital "The" in mid-sentence
  // belongs to the name (recognise.ts types it); so does "The Guardian reported" opening one, and
  // "Business Insider reported".
  if (isOutletName(doc, run)) return run;
  if (!run.sentenceInitial) {
    let first = run.first;
    while (first < run.last && FUNCTION_WORD.test(doc.tokens[first]?.text ?? '')) first++;
    // "said Hydrologist Sebastián Quiroga": an occupation the word list lacks, before a name.
    const word = doc.tokens[first]?.text ?? '';
    const lower = word.toLowerCase();
    const rest = doc.tokens.slice(first + 1, run.last);
    const bodyName = rest.some((token) => ORG_HEADS.has(token.text.toLowerCase()));
    if (run.last - first >= 3 && !TITLE_WORDS.has(lower) && !isKnownName(word) && !bodyName) {
      if (!isCommonWord(word) && isOccupation(lower)) first++;
    }
    return { ...run, first };
  }
  const words = doc.tokens.slice(run.first, run.last).map((token) => token.text);
  const lowerWords = words.map((word) => word.toLowerCase());
  const hasHead = words.some((word) => ORG_HEADS.has(word.toLowerCase()));
  let first = run.first;
  while (first < run.last) {
    const word = (doc.tokens[first]?.text ?? '').replace(/['’].*$/, '');
    if (
      matchPlaceAt(
        doc.tokens.slice(first, run.last).map((token) => token.text),
        0,
      )
    )
      break;
    if (isAcronym(word)) break;
    if (knownOrganizationLength(textsOf(doc, first, run.last), 0) > 0) break;
    // "River Ravi", "Sierra Madre": a geographic head starts a place.
    if (startsWithPlaceHead(textsOf(doc, first, run.last))) break;
    // "Athletics Kenya", "Tourism Australia": a body named after its field and its country.
    const country = matchPlaceAt(textsOf(doc, first + 1, run.last), 0);
    if (FIELD_WORDS.test(word) && country?.place.kind === 'country') break;
    if (FUNCTION_WORD.test(word)) {
      first++;
      continue;
    }
    const lower = word.toLowerCase();
    // "Co-author Jing-Shan Zhao", "Ex-minister X": a role with a prefix.
    if (/^(Co|Ex|Vice)-\p{Ll}+$/u.test(word) && first + 1 < run.last) {
      first++;
      continue;
    }
    // "Remarked Center for Biological Diversity scientist X, "…"": an inverted speech verb.
    if (SPEECH_VERBS.has(lower) && lower.endsWith('ed') && first + 1 < run.last) {
      first++;
      continue;
    }
    if (TITLE_WORDS.has(lower) || hasHead || isKnownName(word)) break;
    if (isPairedHonorific(lowerWords, first - run.first)) break;
    if (run.last - first >= 2 && introducesAcronym(doc.tokens, run.last)) break;
    if (agedAfter(doc.tokens, run.last) && !FUNCTION_WORD.test(word)) break;
    // "Park Ji-won", "Lee Cheuk-yan": a hyphenated given name follows a family name.
    if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(doc.tokens[first + 1]?.text ?? '')) break;
    // "Hydrologist Sebastián Quiroga": a capitalised role before a given name is a title.
    if (
      first + 1 < run.last &&
      isGivenName(doc.tokens[first + 1]?.text ?? '') &&
      !isGivenName(word)
    ) {
      first++;
      break;
    }
    // "Neighbouring Niger", "Flooded Assam": a participle before a place.
    const place = matchPlaceAt(textsOf(doc, first + 1, run.last), 0);
    if (/\p{Ll}(?:ing|ed)$/u.test(word) && place) {
      first++;
      break;
    }
    // "Hydrologist Sebastián Quiroga": an occupation the word list lacks, before a two-word name.
    if (
      !isCommonWord(word, { dictionary: false }) &&
      !(run.last - first >= 3 && isOccupation(lower))
    )
      break;
    first++;
  }
  return { ...run, first };
}

const FIELD_WORDS =
  /^(athletics|cycling|rugby|football|cricket|tennis|swimming|rowing|netball|hockey|golf|sailing|basketball|volleyball|boxing|gymnastics|sport|tourism|health|transport|education|stats|statistics|environment|heritage|fisheries|forestry|screen|water)$/i;

function textsOf(doc: Doc, first: number, last: number): string[] {
  return doc.tokens.slice(first, last).map((token) => token.text);
}

/** A run that names an outlet or a band as a whole, though its words are ordinary ones. */
export function isOutletName(doc: Doc, run: Run): boolean {
  return isTheName(doc, run) || isSpeakingOutlet(doc, run);
}

/**
 * A run opened by a capital "The" in mid-sentence and one to four capitalised words that are no
 * place: the name of a newspaper, a magazine or a band ("The Guardian",
 * "The Rolling Stones"), which keeps its article.
 */
function isTheName(doc: Doc, run: Run): boolean {
  if (doc.tokens[run.first]?.text !== 'The') return false;
  const rest = textsOf(doc, run.first + 1, run.last);
  if (rest.length === 0 || rest.length > 4) return false;
  if (rest.some((word) => FUNCTION_WORD.test(word))) return false;
  if (run.sentenceInitial && !namesTheSpeaker(doc, run, rest)) return false;
  return !matchPlaceAt(rest, 0) && !matchPlaceAt(textsOf(doc, run.first, run.last), 0);
}

/**
 * "Business Insider reported …", "Foreign Policy said …": two to four ordinary words, capitalised
 * at the start of a sentence (or after a semicolon), that speak — an outlet's or a body's name,
 * as after "The" — unless the last names people ("Health Officials said").
 */
function isSpeakingOutlet(doc: Doc, run: Run): boolean {
  const words = textsOf(doc, run.first, run.last);
  const opensClause = run.sentenceInitial || doc.tokens[run.first - 1]?.text === ';';
  if (!opensClause || words.length < 2 || words.length > 4) return false;
  if (words.some((word) => FUNCTION_WORD.test(word)) || matchPlaceAt(words, 0)) return false;
  if (GENERIC_SOURCES.has(words[words.length - 1]?.toLowerCase() ?? '')) return false;
  const next = doc.tokens[run.last]?.text.toLowerCase() ?? '';
  return SPEECH_VERBS.has(next) && namesTheSpeaker(doc, run, words);
}

/**
 * "The Guardian reported …", "The Economist magazine said …": at a sentence's start every "The" is
 * capitalised, so a capitalised ordinary word after it ("Guardian") names something only when it
 * is no title or kind of body ("The President", "The Ministry") and a speech verb or the word
 * "newspaper" or "magazine" follows.
 */
function namesTheSpeaker(doc: Doc, run: Run, rest: string[]): boolean {
  const next = doc.tokens[run.last]?.text.toLowerCase() ?? '';
  if (!SPEECH_VERBS.has(next) && next !== 'newspaper' && next !== 'magazine') return false;
  // Only ordinary words: "The UCI said", "The Kremlin said", "The Baltimore Sun said" are found
  // without the article, as everywhere else (a place isTheName rules out itself).
  if (knownOrganizationLength(rest, 0) > 0) return false;
  return rest.every((word) => {
    const lower = word.toLowerCase();
    const body = ORG_HEADS.has(lower) && !PRESS_HEADS.has(lower) && !NEWSPAPER_WORDS.has(lower);
    return (
      isCommonWord(word) &&
      !isAcronym(word) &&
      !isKnownOrganization(word) &&
      !TITLE_WORDS.has(lower) &&
      !body &&
      !isGivenName(word)
    );
  });
}
