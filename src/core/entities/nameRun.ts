/**
 * A capitalised run with no head word of a body's name, for the first pass (recognise.ts): titles
 * before a name ("Finance Minister Ana Ribeiro"), place heads and cues ("Pulau Weh", "in Quang
 * Ngai", "Juanda airport"), bodies named after a field and a country ("Stats NZ"), a person's name
 * by its evidence, and single words left for the second pass.
 */
import { matchPlaceAt } from '../geo/gazetteer';
import {
  isCommonWord,
  isGivenName,
  isKnownName,
  isKnownOrganization,
  isKnownPlace,
  nameGender,
  isVerbForm,
} from '../lexicon/lexicon';
import { SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech';
import { isDictionaryWord } from '../lexicon/dictionary';
import type { HeadedRun } from './headedRun';
import {
  agedAfter,
  countTitles,
  introducesAcronym,
  isAcronym,
  looksLikePersonName,
  vietnameseFamilyGender,
  vietnameseGender,
} from './nameCues';
import {
  afterPlaceNounOf,
  afterPlacePreposition,
  beforePlaceList,
  followedByRegion,
  hasNoPersonalName,
  isPlaceNoun,
  startsWithPlaceHead,
} from './placeCues';
import { termAcronyms } from './termAcronyms';
import type { Mention } from './types';
import { isPostNominal, personAfterRole, placeLengthAt, withoutPostNominals } from './titledName';
import { NOT_IN_PERSON_NAMES, TITLE_GENDER, TITLE_WORDS } from '../lexicon/people';
import { NOT_NAMES } from '../lexicon/names';
import { DIRECTIONS, PLACE_SUFFIXES } from '../lexicon/places';

const SHIP_PREFIXES = /^(MV|MT|MS|SS|RMS|HMS|HMAS|HMCS|HMNZS|USS|USNS|INS|FV|RV)$/;

/** Words that end the names of businesses more often than people's ("Scripps Research"). */
const BUSINESS_WORDS =
  /^(Research|Health|Energy|Media|Capital|Partners|Systems|Networks|Foods|Motors|Labs|Pharma|Solutions|Technologies|Technology|Entertainment|Games|Sports|News|Insurance|Finance|Power|Water|Telecom|Mobile|Digital|Global|Resources|Mining|Oil|Gas|Steel|Airlines|Airways|Records|Studios|Pictures|Films|Books|Press|Publishing|Brands|Logistics|Therapeutics|Biotech|Robotics|Aerospace|Automotive|Electric|Software|Security|Ventures)$/;

/** The mentions of a run with no head of a body's name (`context` as for a headed run). */
export function classifyNameRun(context: HeadedRun): Mention[] {
  // "Kama Melly QC", "Ana Ribeiro MP": letters after a name are no part of it.
  const kept = withoutPostNominals(context.words);
  if (kept < context.words.length && kept >= 2) {
    const words = context.words.slice(0, kept);
    const lower = context.lower.slice(0, kept);
    return classifyNameRun({ ...context, last: context.first + kept, words, lower });
  }
  const { doc, last, words, lower, make } = context;
  let { first } = context;
  const { tokens } = doc;
  // "MV Namse Bangdzod", "USS Nimitz": a ship is neither a person nor a body.
  if (words.length >= 2 && SHIP_PREFIXES.test(words[0] ?? '')) return [];
  // Titles before a name: "Finance Minister", "Dr", "President".
  // "Dato' Sri Najib Razak": the apostrophe cut "Dato'" off the run; its "Sri" is a title too.
  const datoSri =
    lower[0] === 'sri' &&
    /^['’]$/.test(tokens[first - 1]?.text ?? '') &&
    /^dato$/i.test(tokens[first - 2]?.text ?? '');
  const titleCount = datoSri
    ? 1 + countTitles(words.slice(1), lower.slice(1))
    : countTitles(words, lower);
  // "Emergency Situations Minister Alexander Chupriyan", "Chief Executive of Hong Kong Carrie Lam":
  // a role longer than its title words.
  const roleCut = datoSri ? 0 : personAfterRole(words, lower);
  if (roleCut > titleCount) return personAfterItsRole(context, roleCut);
  let role: string | undefined;
  let gender: 'f' | 'm' | undefined;
  if (titleCount > 0) {
    if (titleCount >= words.length) return [];
    const rest = matchPlaceAt(words, titleCount);
    if (rest && titleCount + rest.length === words.length && rest.place.kind === 'country') {
      // "Health New Zealand", "Environment Canada": a body named after its field and country.
      return [make(first, last, 'organization')];
    }
    // "the Governor of Texas", "the State of Texas": a title and a place name no person.
    if (rest && titleCount + rest.length === words.length)
      return [make(first + titleCount, last, 'location', { place: rest.place })];
    role = words.slice(0, titleCount).join(' ');
    for (const word of lower.slice(0, titleCount)) gender ??= TITLE_GENDER[word];
    first += titleCount;
  }
  const nameWords = words.slice(titleCount);
  const nameLower = lower.slice(titleCount);

  if (nameWords.length === 1 && isAcronym(nameWords[0] ?? '')) {
    // "Mark Tedeschi, QC,": letters after a name, set off by commas, name no body.
    if (NOT_NAMES.has(nameWords[0] ?? '') || role || isPostNominal(nameWords[0] ?? '')) return [];
    // "Ebola virus disease (EVD)": an acronym the article defines as a thing names no body.
    if (termAcronyms(doc).has(nameWords[0] ?? '')) return [];
    return [make(first, last, 'organization')];
  }
  if (nameWords.length > 1 && PLACE_SUFFIXES.has(nameLower[nameLower.length - 1] ?? '') && !role) {
    return [make(first, last, 'location')];
  }
  if (nameWords.length > 6) return [];

  // "Kim Dong-hyun": a family name before a hyphenated given name tells no gender.
  const familyFirst = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(nameWords[1] ?? '');
  const givenGender = familyFirst
    ? undefined
    : (vietnameseFamilyGender(nameWords) ??
      nameGender(nameWords[0] ?? '') ??
      vietnameseGender(nameWords));
  gender ??= givenGender;
  if (role) return [make(first, last, 'person', { role, gender })];
  if (startsWithPlaceHead(nameWords)) return [make(first, last, 'location')];
  // "Stats NZ", "Sport England": a body named after its field and country.
  const tailPlace =
    nameWords.length >= 2 ? matchPlaceAt(nameWords, nameWords.length - 1) : undefined;
  // "Bidco Africa", "Unilever Asia": a company's arm in a continent.
  const continentTail =
    tailPlace?.place.kind === 'region' &&
    /^(africa|asia|europe|oceania)$/.test(nameLower[nameLower.length - 1] ?? '') &&
    !DIRECTIONS.has(nameLower[nameLower.length - 2] ?? '') &&
    !isKnownPlace(nameWords[0] ?? '') &&
    !/^(in|across|to|from|throughout|around|of)$/i.test(tokens[first - 1]?.text ?? '');
  if ((tailPlace?.place.kind === 'country' || continentTail) && !isGivenName(nameWords[0] ?? '')) {
    return [make(first, last, 'organization')];
  }
  if (nameWords.length >= 2 && DIRECTIONS.has(nameLower[0] ?? '') && matchPlaceAt(nameWords, 1)) {
    return [make(first, last, 'location')];
  }
  const allCommon = nameWords.every((word) => isCommonWord(word) && !isKnownName(word));
  // "Sinner, 23, said": a name with an age in commas is a person's, whatever its words.
  if (nameWords.length <= 3 && agedAfter(tokens, last) && !isKnownPlace(nameWords[0] ?? ''))
    return [make(first, last, 'person', { gender })];
  // "Doctors Without Borders (MSF)": a name that introduces an acronym in brackets is a body's.
  if (
    nameWords.length >= 2 &&
    introducesAcronym(tokens, last) &&
    !isGivenName(nameWords[0] ?? '') &&
    !termAcronyms(doc).has(tokens[last + 1]?.text ?? '')
  )
    return [make(first, last, 'organization')];
  // "Wilmar International", "Transparency International": a body's name that closes on the word.
  if (nameLower[nameLower.length - 1] === 'international' && nameWords.length <= 3)
    return [make(first, last, 'organization')];
  if (nameWords.length >= 2) {
    if (allCommon) {
      // "Sales rose, Ayala Land said", "Global Witness said": capitalised ordinary words that
      // speak in mid-sentence name a body (a person's name has a name in it).
      const verb = tokens[last]?.text.toLowerCase() ?? '';
      const speaks = SPEECH_VERBS.has(verb) && !WEAK_SPEECH_VERBS.has(verb);
      const midSentence = !context.run.sentenceInitial && nameWords.length <= 3;
      return speaks && midSentence && tokens[first - 1]?.text !== '"'
        ? [make(first, last, 'organization')]
        : [];
    }
    // "in Quang Ngai", "near Puerto Natales": after these, an unknown name is a place.
    const before = tokens[first - 1]?.text.toLowerCase() ?? '';
    // "In Ben Tre, where …": a relative "where"/"which" (a person takes "who") outweighs a given name.
    const placeClause =
      tokens[last]?.text === ',' && /^(where|which)$/.test(tokens[last + 1]?.text ?? '');
    const named = isGivenName(nameWords[0] ?? '') && !placeClause;
    if ((before === 'in' || before === 'near') && !named && !role) {
      return [make(first, last, 'location')];
    }
    // "on Vanua Levu", "the town of Ban Nong Khai": a place cue and no personal name.
    // "Ben Tre and Tra Vinh provinces": a place noun after the name outweighs a given name in it.
    const placeNounAfter = isPlaceNoun(tokens[last]?.text ?? '') || beforePlaceList(tokens, last);
    if (placeNounAfter && !role) return [make(first, last, 'location')];
    const placeCue =
      afterPlacePreposition(tokens, first) ||
      afterPlaceNounOf(tokens, first) ||
      followedByRegion(tokens, last);
    if (placeCue && hasNoPersonalName(nameWords)) return [make(first, last, 'location')];
    // "BBVA Research", "HSBC Holdings", "CNN International": an acronym leads a body's name.
    if (
      isAcronym(nameWords[0] ?? '') &&
      !NOT_NAMES.has(nameWords[0] ?? '') &&
      nameWords.length <= 4
    )
      return [make(first, last, 'organization')];
    if (looksLikePersonName(nameWords)) {
      return [make(first, last, 'person', { gender, cued: isGivenName(nameWords[0] ?? '') })];
    }
    if (nameWords.some((word) => isKnownOrganization(word)))
      return [make(first, last, 'organization')];
    // "Elon Musk said": a given name the list lacks and a surname that is also a word, speaking.
    const verb = tokens[last]?.text.toLowerCase() ?? '';
    if (
      nameWords.length === 2 &&
      !isCommonWord(nameWords[0] ?? '') &&
      !BUSINESS_WORDS.test(nameWords[1] ?? '') &&
      !isKnownPlace(nameWords[0] ?? '') &&
      SPEECH_VERBS.has(verb) &&
      !WEAK_SPEECH_VERBS.has(verb)
    )
      return [make(first, last, 'person', { gender, cued: false })];
    return [];
  }
  // One word: typed by what follows it, or later from the rest of the document.
  const word = nameWords[0] ?? '';
  if (isKnownOrganization(word) && !isKnownName(word)) return [make(first, last, 'organization')];
  if (NOT_IN_PERSON_NAMES.has(word.toLowerCase())) return [];
  // A rarer dictionary word alone is more often a name ("the Zenith company", "Guardian").
  if (isCommonWord(word, { dictionary: false }) && !isKnownName(word)) return [];
  if ((afterPlaceNounOf(tokens, first) || followedByRegion(tokens, last)) && !isGivenName(word))
    return [make(first, last, 'location')];
  const next = tokens[last]?.text.toLowerCase() ?? '';
  // "Chip shipments rose", "Grant funding fell": an ordinary word that opens the sentence before
  // a noun, though it is also a given name.
  if (
    context.run.sentenceInitial &&
    first === context.run.first &&
    isDictionaryWord(word.toLowerCase()) &&
    isGivenName(word) &&
    tokens[last]?.word &&
    /^\p{Ll}/u.test(tokens[last]?.text ?? '') &&
    !SPEECH_VERBS.has(next) &&
    !isVerbForm(next) &&
    !/^\p{Ll}+ed$/u.test(next)
  )
    return [];
  if (SPEECH_VERBS.has(next) && !isKnownPlace(word)) {
    return [make(first, last, 'unknown', { gender, cued: false })];
  }
  if (isKnownPlace(word) && !isKnownName(word))
    return [make(first, last, 'location', { cued: false })];
  return [make(first, last, 'unknown', { gender, cued: false })];
}

/** A role, then the person holding it; a place named in the role is a place of its own. */
function personAfterItsRole(context: HeadedRun, cut: number): Mention[] {
  const { first, last, words, lower, make } = context;
  const mentions: Mention[] = [];
  let gender: 'f' | 'm' | undefined;
  let titled = false;
  for (let i = 0; i < cut; i++) {
    gender ??= TITLE_GENDER[lower[i] ?? ''];
    titled ||= TITLE_WORDS.has(lower[i] ?? '');
    const length = titled ? 0 : placeLengthAt(words, lower, i, false);
    const place = matchPlaceAt(words, i);
    const size = place?.length ?? length;
    if (size === 0 || i + size > cut) continue;
    const type = place?.place.kind === 'demonym' ? 'demonym' : 'location';
    mentions.push(make(first + i, first + i + size, type, place ? { place: place.place } : {}));
    i += size - 1;
  }
  const name = words.slice(cut);
  gender ??= nameGender(name[0] ?? '') ?? vietnameseGender(name);
  const role = words.slice(0, cut).join(' ');
  mentions.push(make(first + cut, last, 'person', { role, gender }));
  return mentions;
}
