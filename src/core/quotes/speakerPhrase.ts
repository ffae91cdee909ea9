/**
 * The phrase that names a speaker next to a speech verb: a name ("Ana Ribeiro said"), a title and a
 * name, a name with an apposition ("Kofi Mensah, an economist at the University of Ghana, said"), a
 * pronoun ("she said"), a role ("the minister said"), an organisation ("the ministry said") or an
 * unnamed source ("officials said"). Found before the verb, or after it in inversions ("said X").
 */
import { GENERIC_SOURCES, PRONOUNS, SPEECH_VERBS } from '../lexicon/speech';
import type { PhraseContext, SpeakerPhrase } from './types';
import { isVerbAdverb } from './verbs';
import { COURT_RULINGS, ORG_NOUNS, ROLE_NOUNS, SPOKES, VOICE_NOUNS } from '../lexicon/speakerNouns';
import { isPostNominal } from '../entities/titledName';
import { TITLE_WORDS } from '../lexicon/people';
import { DETERMINERS } from '../lexicon/grammar';

export { ORG_NOUNS, ROLE_NOUNS, SPOKES } from '../lexicon/speakerNouns';

// The phrase types live in types.ts (no import cycle with verbs.ts); importers may take them here.
export type { PhraseContext, SpeakerPhrase } from './types';

const AFFILIATION = new Set(['for', 'of', 'at', 'from', 'with', 'to']);
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend|today|yesterday)$/i;
const TIME_OPENERS = /^(on|last|this|late|early|earlier|later|that|next)$/i;
/** What a person writes, as against a body of theirs ("the prosecutor's office" is no person). */
const DOCUMENTS = /^(statement|letter|tweet|post|memo|note|message|release|announcement|filing)$/;
/** What a body publishes: "the report said" speaks for whoever published it. */
const PUBLISHED =
  /^(report|study|statement|findings|survey|release|announcement|communiqu[eé]|filing)$/;
const POSSESSIVE_PRONOUNS: Record<string, string> = {
  his: 'he',
  her: 'she',
  their: 'they',
  its: 'it',
};
/** Times that need no preposition: "Stardom's statement yesterday read". */
const BARE_TIMES = /^(yesterday|today|tonight)$/i;

/** The speaker phrase ending right before token `verb` (skipping adverbs and an apposition). */
export function speakerBefore(
  ctx: PhraseContext,
  verb: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  let j = verb - 1;
  // "X also said", "Kama Melly QC said", "X on Sunday said": adverbs, letters after a name and
  // a short phrase of time stand between.
  for (;;) {
    const text = tokens[j]?.text ?? '';
    if (j >= floor && (isVerbAdverb(text) || isPostNominal(text) || BARE_TIMES.test(text))) j--;
    else if (
      j - 1 >= floor &&
      TIME_WORDS.test(text) &&
      TIME_OPENERS.test(tokens[j - 1]?.text ?? '')
    )
      j -= 2;
    else break;
  }
  const afterAdverbs = j;
  j = beforeOccasion(ctx, j, floor);
  j = beforeAside(ctx, j, floor);
  j = beforeRegionOfPlace(ctx, j, floor);
  // "The World Health Organisation (WHO) recommends": skip the bracketed short form, and a comma
  // after it ("Director X of the National Institute … (NIAID), announced").
  if (tokens[j]?.text === ',' && tokens[j - 1]?.text === ')' && tokens[j - 3]?.text === '(') j--;
  if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(') j -= 3;
  if (j < floor) return undefined;
  if (tokens[j]?.text === ',' || tokens[j]?.text === '—' || tokens[j]?.text === '–') {
    // "the department's director, Wanjiru Kamau, told": a person named right before the comma.
    const named = phraseEndingAt(ctx, j - 1, floor);
    // Also behind a description in lower case: "The study's lead author, doctoral candidate
    // Maninder Thind, said".
    if (
      named?.kind === 'mention' &&
      ctx.isPerson?.(named.first) &&
      ctx.doc.tokens[descriptionBefore(ctx, titlesBefore(ctx, named.first)) - 1]?.text === ','
    ) {
      return named;
    }
    // "…, the mine's operator, New Porgera Limited, said": a body named after a kind of body;
    // "One news site, the Harlow Herald, claims": after a description of it.
    const opening = named?.kind === 'mention' ? withArticle(ctx, named.first) : -1;
    if (named?.kind === 'mention' && !isPlace(ctx, named) && tokens[opening - 1]?.text === ',') {
      const kind = phraseEndingAt(ctx, opening - 2, floor);
      if (kind?.kind === 'org-noun') return named;
      // Only when the description opens the sentence: after a clause ("…, one of its biggest
      // earners, the mine's operator, X, said") the words before belong to what was said.
      const describes = kind?.kind === 'generic' || (!kind && !ctx.isPerson?.(named.first));
      let first = opening - 1;
      while (describes && first > floor && tokens[first - 1]?.text !== ',') first--;
      if (describes && first === floor) return named;
    }
    // "X, a professor at Y, said" and "X, 34, a teacher, said": the speaker stands before the
    // apposition's opening comma.
    let commas = 0;
    for (let k = j - 1; k >= Math.max(floor, j - 30) && commas < 3; k--) {
      if (tokens[k]?.text !== ',' && tokens[k]?.text !== '—' && tokens[k]?.text !== '–') continue;
      commas++;
      const phrase = phraseEndingAt(ctx, k - 1, floor);
      // "A senior official, who asked not to be named, said": an unnamed source opening the
      // sentence; elsewhere a generic noun before a comma is part of the clause.
      if (phrase?.kind === 'generic' && phrase.first === floor) return phrase;
      if (!phrase || phrase.kind === 'generic' || isPlace(ctx, phrase)) continue;
      // "…, director of exhibits at the University of Arkansas, …": a name after a preposition
      // belongs to the apposition, not to the speaker.
      let before = phrase.first - 1;
      while (before >= floor && /^(the|a|an)$/i.test(tokens[before]?.text ?? '')) before--;
      if (/^(at|of|for|from|in|with|by|to|on)$/i.test(tokens[before]?.text ?? '')) {
        // "Economists at PKO Bank, the largest lender, said": the sentence opens with the source.
        const source = affiliated(ctx, before, floor, phrase);
        if (source) return source;
        continue;
      }
      return phrase;
    }
    return personWithAffiliation(ctx, floor, j);
  }
  const phrase = phraseEndingAt(ctx, j, floor) ?? relativeHead(ctx, j, floor);
  // "Associates of Navalny alleged", "Lawyers for Ribeiro said": people around a person speak,
  // not the person.
  if (phrase?.kind === 'mention' && ctx.isPerson?.(phrase.first)) {
    const around = aroundPerson(ctx, phrase.first, floor);
    if (around) return around;
  }
  // "Trump and his supporters claimed": the person named first speaks for the group.
  if (phrase && phrase.kind !== 'mention') {
    const leader = leaderOfGroup(ctx, phrase.first, floor);
    if (leader) return leader;
  }
  // "The Australian High Commission in Port Moresby said", "Police in Lagos said": the body
  // before the place speaks.
  // Also "Farmers in the Punjab said", "Fishermen on Lake Malawi said".
  let placeBefore = phrase ? phrase.first - 1 : -1;
  if (tokens[placeBefore]?.text.toLowerCase() === 'the') placeBefore--;
  if (
    phrase &&
    isPlace(ctx, phrase) &&
    /^(in|at|on|near)$/i.test(tokens[placeBefore]?.text ?? '')
  ) {
    const body = phraseEndingAt(ctx, placeBefore - 1, floor);
    // "Ryan Norris of the University of Guelph in Ontario said": the person of that body speaks.
    if (body && body.kind !== 'pronoun' && !isPlace(ctx, body)) {
      const isPerson = body.kind === 'mention' && ctx.isPerson?.(body.first);
      return (!isPerson && personBeforeAffiliation(ctx, body.first, floor)) || body;
    }
  }
  // "Thitinan Pongsudhirak of Chulalongkorn University said", "José Ortiz of the island's power
  // authority said", "X of worldwide victim group Y said": the person before the affiliation.
  if (
    phrase &&
    phrase.kind !== 'pronoun' &&
    !(phrase.kind === 'mention' && ctx.isPerson?.(phrase.first))
  ) {
    const person = personBeforeAffiliation(ctx, phrase.first, floor);
    if (person) return person;
  }
  // A place speaks only as a country right before the verb ("Japan said"), and not as the object
  // of a preposition: in "The ministry of internal affairs of Belarus said" the ministry speaks.
  if (phrase && isPlace(ctx, phrase)) {
    // "The US has further indicated", "Japan on Tuesday said": adverbs and times may stand
    // between a verb of saying and the country ("China and Russia have pledged funds" reports
    // nothing).
    const word = tokens[verb]?.text.toLowerCase() ?? '';
    const adjacent =
      j === verb - 1 || (phrase.last - 1 === afterAdverbs && COUNTRY_SAYS.test(word));
    if (!adjacent || !ctx.isCountry?.(phrase.first)) return undefined;
    let before = phrase.first - 1;
    if (tokens[before]?.text.toLowerCase() === 'the') before--;
    if (/^(of|in|at|near|on)$/i.test(tokens[before]?.text ?? ''))
      return headBeforePlace(ctx, before, floor);
  }
  return phrase;
}

/** Verbs by which a country speaks across an adverb or a time ("Japan on Tuesday said"). */
const COUNTRY_SAYS =
  /^(said|says|stated|states|indicated|announced|warned|told|claimed|added|confirmed|insisted)$/;

/**
 * "Police in Baytown, Texas, said", "Officials in Lagos, Nigeria said": a place followed by the
 * region or country it lies in reads as the first place alone; the end of that first place, or `j`
 * when there is no such pair.
 */
function beforeRegionOfPlace(ctx: PhraseContext, j: number, floor: number): number {
  const { tokens } = ctx.doc;
  const region = phraseEndingAt(ctx, tokens[j]?.text === ',' ? j - 1 : j, floor);
  const comma = region?.kind === 'mention' ? region.first - 1 : -1;
  const pair = comma >= 0 ? placeAndRegion(ctx, comma, floor) : undefined;
  if (!pair) return j;
  // Only after "in", "at" or "near" (the body in that place speaks): "Baytown, Texas said" alone
  // has no speaker to find.
  let before = pair.placeFirst - 1;
  if (tokens[before]?.text.toLowerCase() === 'the') before--;
  return /^(in|at|near)$/i.test(tokens[before]?.text ?? '') ? comma - 1 : j;
}

/**
 * "Baytown, Texas": a place ending before the comma at `comma` (from `floor` on) and the region or
 * country it lies in right after it; where the place starts and where the region ends
 * (exclusive), or undefined.
 */
export function placeAndRegion(
  ctx: PhraseContext,
  comma: number,
  floor: number,
): { placeFirst: number; regionLast: number } | undefined {
  if (ctx.doc.tokens[comma]?.text !== ',' || comma - 1 < floor) return undefined;
  if (!ctx.isPlace?.(comma - 1) || !ctx.isPlace(comma + 1)) return undefined;
  const place = ctx.mentionAt[comma - 1];
  const region = ctx.mentionAt[comma + 1];
  let placeFirst = comma - 1;
  while (placeFirst > floor && ctx.mentionAt[placeFirst - 1] === place) placeFirst--;
  let regionLast = comma + 1;
  while (ctx.mentionAt[regionLast] === region) regionLast++;
  return { placeFirst, regionLast };
}

/**
 * The body or role a place qualifies, walking back from the preposition at `preposition` over a
 * few words in lower case: "the ministry of internal affairs (of Belarus)" gives the ministry.
 */
function headBeforePlace(
  ctx: PhraseContext,
  preposition: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  for (let k = preposition - 1; k >= Math.max(floor, preposition - 6); k--) {
    const text = tokens[k]?.text ?? '';
    if (!tokens[k]?.word || !/^\p{Ll}/u.test(text)) return undefined;
    const head = phraseEndingAt(ctx, k, floor);
    if (head && head.kind !== 'mention' && head.kind !== 'pronoun') return head;
  }
  return undefined;
}

const AUXILIARIES = /^(has|have|had|is|was|were|are|will|would)$/;

/** The first token of a phrase with the article that opens it ("the Harlow Herald"). */
function withArticle(ctx: PhraseContext, first: number): number {
  return /^(the|a|an)$/i.test(ctx.doc.tokens[first - 1]?.text ?? '') ? first - 1 : first;
}

/** Words that open a short aside between a subject and its verb ("X, in its statement, said"). */
const ASIDE_OPENERS = /^(in|on|via|however|meanwhile|too|though|also|separately|later|earlier)$/i;

/**
 * "The Aam Aadmi Party in Goa, in its statement, said": the token before a short aside set off by
 * commas right before the verb, or `j` when there is none.
 */
function beforeAside(ctx: PhraseContext, j: number, floor: number): number {
  const { tokens } = ctx.doc;
  if (tokens[j]?.text !== ',') return j;
  for (let c = j - 2; c > floor && j - c <= 6; c--) {
    const text = tokens[c]?.text ?? '';
    if (text !== ',') {
      if (!tokens[c]?.word || SPEECH_VERBS.has(text.toLowerCase())) return j;
      continue;
    }
    if (!ASIDE_OPENERS.test(tokens[c + 1]?.text ?? '')) return j;
    // "The ministry has, in a statement, called on …": an auxiliary before the aside.
    const subject = AUXILIARIES.test(tokens[c - 1]?.text ?? '') ? c - 2 : c - 1;
    // Only behind a name: "X, a spokesman, in a statement, said" keeps its apposition path.
    return (ctx.mentionAt[subject] ?? -1) >= 0 ? subject : j;
  }
  return j;
}

/** Participles that open a phrase of the occasion, not of what was said. */
const OCCASION = /^(speaking|talking|writing|testifying|appearing|responding|reacting)$/i;

/**
 * "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called …": a phrase of the
 * occasion between a name and its verb; the token before that phrase, or `j` when there is none.
 */
function beforeOccasion(ctx: PhraseContext, j: number, floor: number): number {
  const { tokens } = ctx.doc;
  for (let k = j; k > floor && j - k < 10; k--) {
    const text = tokens[k]?.text ?? '';
    if (/^[.;:,"“”—–]$/.test(text) || SPEECH_VERBS.has(text.toLowerCase())) return j;
    if (OCCASION.test(text) && (ctx.mentionAt[k - 1] ?? -1) >= 0) return k - 1;
    // "Richard Ferrand in relaying the news to parliament said".
    if (
      /^\p{Ll}+ing$/u.test(text) &&
      /^(in|while|when|after|before|upon|on)$/i.test(tokens[k - 1]?.text ?? '') &&
      (ctx.mentionAt[k - 2] ?? -1) >= 0
    )
      return k - 2;
  }
  return j;
}

/**
 * "Lydia Buchtmann for Food Standards Australia New Zealand, says": a person opening the sentence,
 * then an affiliation up to the comma before the verb.
 */
function personWithAffiliation(
  ctx: PhraseContext,
  floor: number,
  comma: number,
): SpeakerPhrase | undefined {
  const mention = ctx.mentionAt[floor] ?? -1;
  if (mention < 0 || !ctx.isPerson?.(floor)) return undefined;
  let last = floor;
  while (ctx.mentionAt[last] === mention) last++;
  const preposition = ctx.doc.tokens[last]?.text.toLowerCase() ?? '';
  // "X of the Gates Foundation, which offered a contest years ago, noted": a relative clause on
  // the affiliation lengthens it.
  const relative = ctx.doc.tokens
    .slice(last, comma)
    .some((token) => /^(which|who|whose|that)$/i.test(token.text));
  if (!/^(for|of|from|at|with)$/.test(preposition) || comma - last > (relative ? 25 : 10))
    return undefined;
  return { kind: 'mention', mention, first: floor, last };
}

/**
 * The phrase that opens the sentence before a preposition and a name ("Economists at PKO Bank"):
 * a spokesperson or group of a named body speaks for it; other phrases speak for themselves.
 */
function affiliated(
  ctx: PhraseContext,
  preposition: number,
  floor: number,
  name: SpeakerPhrase,
): SpeakerPhrase | undefined {
  const head = phraseEndingAt(ctx, preposition - 1, floor);
  if (!head || head.first !== floor || head.kind === 'mention' || head.kind === 'pronoun')
    return undefined;
  const body = name.kind === 'mention' && !ctx.isPerson?.(name.first) && !isPlace(ctx, name);
  return body && (head.kind === 'generic' || head.kind === 'role') ? name : head;
}

/** "the agency that runs the country's national parks said": the noun before "that/which/who". */
function relativeHead(ctx: PhraseContext, j: number, floor: number): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  for (let k = j; k > Math.max(floor, j - 12); k--) {
    if (!/^(that|which|who)$/i.test(tokens[k]?.text ?? '')) continue;
    const phrase = phraseEndingAt(ctx, k - 1, floor);
    return phrase && phrase.kind !== 'pronoun' ? phrase : undefined;
  }
  return undefined;
}

/** The first token of the titles right before a name ("Dr", "Finance Minister"). */
function titlesBefore(ctx: PhraseContext, first: number): number {
  let i = first;
  while (i > 0 && i > first - 4 && TITLE_WORDS.has(ctx.doc.tokens[i - 1]?.text.toLowerCase() ?? ''))
    i--;
  return i;
}

/**
 * Words that end a description before a name: a clause word, or a determiner or preposition (a
 * name after "the general manager of" is the affiliation, not the person).
 */
const NOT_DESCRIPTION =
  /^(that|who|which|when|while|as|but|because|if|than|then|to|is|was|are|were|the|a|an|his|her|their|its|of|at|for|from|in|with|by|on)$/;

/**
 * The first token of a short description in lower case before token `first` ("civil and
 * environmental engineering professor"): up to six words, no verb of saying, no clause word.
 */
function descriptionBefore(ctx: PhraseContext, first: number): number {
  let i = first;
  while (i > 0 && i > first - 6) {
    const word = ctx.doc.tokens[i - 1]?.text ?? '';
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(word) || NOT_DESCRIPTION.test(word)) break;
    if (SPEECH_VERBS.has(word)) break;
    i--;
  }
  return i;
}

function isPlace(ctx: PhraseContext, phrase: SpeakerPhrase): boolean {
  return phrase.kind === 'mention' && (ctx.isPlace?.(phrase.first) ?? false);
}

export function phraseEndingAt(
  ctx: PhraseContext,
  j: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  const token = tokens[j];
  if (!token || j < floor) return undefined;
  const mention = ctx.mentionAt[j] ?? -1;
  if (mention >= 0) {
    let first = j;
    while (first > floor && ctx.mentionAt[first - 1] === mention) first--;
    return { kind: 'mention', mention, first, last: j + 1 };
  }
  const lower = token.text.toLowerCase();
  if (PRONOUNS[lower] && (j === floor || !isWordBefore(ctx, j)))
    return { kind: 'pronoun', word: lower, first: j, last: j + 1 };
  if (PRONOUNS[lower]) return { kind: 'pronoun', word: lower, first: j, last: j + 1 };
  // A common-noun phrase: walk back to its determiner, possessive or start.
  let first = j;
  while (first - 1 >= floor && first > j - 6) {
    const previous = tokens[first - 1];
    if (!previous || !previous.word) {
      // "the country's union", "the metalworkers’ union": possessives, singular and plural.
      const plural =
        /^['’]$/.test(previous?.text ?? '') && /s$/.test(tokens[first - 2]?.text ?? '');
      if (previous?.text === '’s' || previous?.text === "'s" || plural) {
        first -= 2;
        continue;
      }
      break;
    }
    const previousLower = previous.text.toLowerCase();
    if (DETERMINERS.has(previousLower)) {
      first--;
      break;
    }
    if (AFFILIATION.has(previousLower)) {
      // "a spokesperson for the ministry": the affiliation is the speaker when it is named.
      const inner = lower;
      if (ctx.mentionAt[j] !== undefined && ctx.mentionAt[j] >= 0) break;
      if (ORG_NOUNS.has(inner)) return { kind: 'org-noun', noun: inner, first, last: j + 1 };
      break;
    }
    first--;
  }
  if (SPOKES.has(lower) || VOICE_NOUNS.has(lower)) {
    // "a ministry spokesperson", "a WHO spokesperson": the body they speak for is the speaker;
    // "Cornyn's statement", "a Reuters report", "the ministry's website": whose words they are.
    for (let k = first; k < j; k++) {
      const inside = ctx.mentionAt[k] ?? -1;
      if (inside >= 0 && !ctx.isPlace?.(k))
        return { kind: 'mention', mention: inside, first, last: j + 1 };
      const word = tokens[k]?.text.toLowerCase() ?? '';
      // "A 2015 federal court decision said": some court, not the one the article named.
      if (
        ORG_NOUNS.has(word) &&
        COURT_RULINGS.has(lower) &&
        /^(a|an)$/i.test(tokens[first]?.text ?? '')
      )
        return { kind: 'generic', first, last: j + 1 };
      if (ORG_NOUNS.has(word)) return { kind: 'org-noun', noun: word, first, last: j + 1 };
      // "Their statement also read": whoever the possessive stands for.
      const pronoun = POSSESSIVE_PRONOUNS[word];
      if (pronoun && k === first) return { kind: 'pronoun', word: pronoun, first, last: j + 1 };
      // "the judge's statement reads": the holder of that role.
      if (
        ROLE_NOUNS.has(word) &&
        /^['’]s$/.test(tokens[k + 1]?.text ?? '') &&
        DOCUMENTS.test(lower)
      )
        return { kind: 'role', noun: word, first, last: j + 1 };
    }
  }
  // "The report said" after "According to the NTSB, …": the body that published it, as "it said"
  // would be. Not "the report by …", which names its author.
  if (
    PUBLISHED.test(lower) &&
    tokens[first]?.text.toLowerCase() === 'the' &&
    tokens.slice(first + 1, j).every((inner) => /^\p{Ll}+$/u.test(inner.text))
  )
    return { kind: 'pronoun', word: 'it', first, last: j + 1 };
  // "Police said": the force named in the article, if there is one (resolve.ts), else no one.
  if (lower === 'police') return { kind: 'org-noun', noun: lower, first, last: j + 1 };
  if (GENERIC_SOURCES.has(lower)) return { kind: 'generic', first, last: j + 1 };
  if (ROLE_NOUNS.has(lower)) return { kind: 'role', noun: lower, first, last: j + 1 };
  // "the 64-year-old said": the person of that age, named nearby.
  if (/^\d+-year-old$/.test(lower)) return { kind: 'role', noun: 'year-old', first, last: j + 1 };
  if (ORG_NOUNS.has(lower)) {
    // "the Zenith company said", "the Tata group said": the body named right before the noun.
    const named = ctx.mentionAt[j - 1] ?? -1;
    if (named >= 0 && j - 1 >= floor && !ctx.isPlace?.(j - 1) && !ctx.isPerson?.(j - 1))
      return { kind: 'mention', mention: named, first, last: j + 1 };
    return { kind: 'org-noun', noun: lower, first, last: j + 1 };
  }
  return undefined;
}

function isWordBefore(ctx: PhraseContext, j: number): boolean {
  return ctx.doc.tokens[j - 1]?.word === true;
}

/**
 * The person right before "of", "at", "from" or "with" and a few words of description that lead
 * to `at` ("X of the island's power authority", "X of worldwide victim group Y").
 */
function personBeforeAffiliation(
  ctx: PhraseContext,
  at: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  for (let before = at - 1; before >= Math.max(floor, at - 6); before--) {
    const text = tokens[before]?.text ?? '';
    if (/^(of|at|from|with)$/i.test(text)) {
      const person = phraseEndingAt(ctx, before - 1, floor);
      return person?.kind === 'mention' && ctx.isPerson?.(person.first) ? person : undefined;
    }
    const describes =
      /^(['’]s|['’])$/.test(text) ||
      (tokens[before]?.word === true && /^\p{Ll}/u.test(text) && !DETERMINERS.has(text)) ||
      /^(the|a|an)$/i.test(text) ||
      (ctx.mentionAt[before] ?? -1) >= 0;
    if (!describes) return undefined;
  }
  return undefined;
}

/**
 * "Politico quoted Tim Manning, a former official, as saying …", "The BBC cited X as saying …":
 * the person quoted or cited speaks, not the outlet. `as` is the token before "saying".
 */
export function quotedAsSaying(
  ctx: PhraseContext,
  as: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  if (tokens[as]?.text.toLowerCase() !== 'as') return undefined;
  for (let k = as - 1; k >= Math.max(floor, as - 20); k--) {
    if (!/^(quoted|cited|quoting|citing|quotes|cites)$/i.test(tokens[k]?.text ?? '')) continue;
    let at = k + 1;
    while (at < as && /^(the|a|an)$/i.test(tokens[at]?.text ?? '')) at++;
    const mention = ctx.mentionAt[at] ?? -1;
    if (mention < 0 || ctx.isPlace?.(at)) return undefined;
    let last = at;
    while (ctx.mentionAt[last] === mention) last++;
    return { kind: 'mention', mention, first: at, last };
  }
  return undefined;
}

/** "X and his supporters", "Y and their lawyers": the named person before "and" and a possessive. */
function leaderOfGroup(
  ctx: PhraseContext,
  first: number,
  floor: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  if (!/^(his|her|their)$/i.test(tokens[first]?.text ?? '')) return undefined;
  if (tokens[first - 1]?.text !== 'and') return undefined;
  const named = phraseEndingAt(ctx, first - 2, floor);
  return named?.kind === 'mention' && !ctx.isPlace?.(named.first) ? named : undefined;
}

/** People who speak around a person rather than for themselves. */
const AROUND_A_PERSON =
  /^(associates|supporters|allies|aides|friends|relatives|lawyers|attorneys|advisers|advisors|followers|fans|critics|opponents|colleagues|neighbours|neighbors)$/i;

/** "associates of X", "lawyers for X" before the person named at `first`: a generic speaker. */
function aroundPerson(ctx: PhraseContext, first: number, floor: number): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  if (!/^(of|for)$/i.test(tokens[first - 1]?.text ?? '')) return undefined;
  const noun = first - 2;
  if (noun < floor || !AROUND_A_PERSON.test(tokens[noun]?.text ?? '')) return undefined;
  const start = /^(the|some|several|two|three)$/i.test(tokens[noun - 1]?.text ?? '')
    ? noun - 1
    : noun;
  return { kind: 'generic', first: Math.max(floor, start), last: first };
}
