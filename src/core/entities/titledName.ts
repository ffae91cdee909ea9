/**
 * A person's name after the role that opens its run: "Emergency Situations Minister Alexander
 * Chupriyan", "Chief Executive of Hong Kong Carrie Lam", "Barrister Kama Melly QC". The role is no
 * part of the name (a place in it is a place of its own), and post-nominal letters after the name
 * ("QC", "MP", "OBE") are not either. For the first pass (nameRun.ts).
 */
import { matchPlaceAt } from '../geo/gazetteer';
import { isCommonWord, isGivenName, isKnownName } from '../lexicon/lexicon';
import { ROLE_NOUNS } from '../lexicon/speakerNouns';
import { isAcronym } from './nameCues';
import { looksLikePersonName } from './names';
import { ORG_HEADS } from '../lexicon/organizations';
import { PLACE_PREFIXES, PLACE_SUFFIXES } from '../lexicon/places';
import { TITLE_WORDS } from '../lexicon/people';

/** Letters after a name that give an honour, a degree or a seat, not a name. */
const POST_NOMINALS =
  /^(QC|KC|SC|SAN|MP|MEP|MLA|MPP|MSP|MHA|MHK|TD|OBE|MBE|CBE|KBE|DBE|GBE|PhD|Ph\.D\.|MD|DDS|Esq\.?)$/;

const ROLE_CONNECTORS = /^(of|for|and|the|on)$/;

/** Letters after a name ("QC", "MP"), which the speaker phrase before a verb skips. */
export const isPostNominal = (word: string): boolean => POST_NOMINALS.test(word);

/** The number of words of a name before post-nominal letters ("Kama Melly QC": 2). */
export function withoutPostNominals(words: readonly string[]): number {
  let end = words.length;
  while (end > 1 && POST_NOMINALS.test(words[end - 1] ?? '')) end--;
  return end;
}

/**
 * Where the person's name starts in a run that opens with a role, or 0 when the run does not. The
 * role holds a title word, and its other words are connectors, whole place names, acronyms or
 * capitalised ordinary words of a portfolio ("Emergency Situations"), never a person's name.
 * The name after it is one to four words that look like a person's and do not start with a place.
 */
export function personAfterRole(words: readonly string[], lower: readonly string[]): number {
  let titled = false;
  let i = 0;
  while (i < words.length - 1) {
    const word = words[i] ?? '';
    const place = placeLengthAt(words, lower, i, titled);
    if (isRoleWord(words, lower, i)) titled = true;
    else if (place > 0) {
      i += place;
      if (titled && nameStartsAt(words, lower, i)) return i;
      continue;
    } else if (!ROLE_CONNECTORS.test(lower[i] ?? '') && !isPortfolio(word)) {
      // "Harlow President …", "Santa Barbara County Sheriff …": before the title, the name of a
      // town or a body the gazetteer lacks may qualify it; a given name may not.
      if (titled || !/^\p{Lu}/u.test(word) || isGivenName(word)) return 0;
    }
    i++;
    if (titled && nameStartsAt(words, lower, i)) return i;
  }
  return 0;
}

/**
 * The number of words of a place name at `at`: from the gazetteer, or, before the title, up to
 * three capitalised words closed by a place word ("Santa Barbara County", "Kiambu County").
 */
export function placeLengthAt(
  words: readonly string[],
  lower: readonly string[],
  at: number,
  titled: boolean,
): number {
  const known = matchPlaceAt([...words], at);
  if (known) return known.length;
  if (titled) return 0;
  for (let k = at + 1; k <= at + 3 && k < words.length - 1; k++) {
    if (PLACE_SUFFIXES.has(lower[k] ?? '')) return k + 1 - at;
    if (!/^\p{Lu}/u.test(words[k] ?? '') || TITLE_WORDS.has(lower[k] ?? '')) return 0;
  }
  return 0;
}

function isPortfolio(word: string): boolean {
  if (isAcronym(word)) return true;
  return !isKnownName(word) && !isGivenName(word) && isCommonWord(word);
}

function nameStartsAt(words: readonly string[], lower: readonly string[], at: number): boolean {
  if (ROLE_CONNECTORS.test(lower[at - 1] ?? '') || ROLE_CONNECTORS.test(lower[at] ?? ''))
    return false;
  const name = words.slice(at, at + withoutPostNominals(words.slice(at)));
  if (name.length === 0 || name.length > 4 || matchPlaceAt([...words], at)) return false;
  if (TITLE_WORDS.has(lower[at] ?? '')) return false;
  if (name.length === 1) {
    // "President Trump", "Judge Hall": after a title a surname may be an ordinary word too.
    const word = name[0] ?? '';
    return /^\p{Lu}\p{Ll}/u.test(word) && !isCommonWord(word, { dictionary: false });
  }
  return looksLikePersonName([...name]) && name.some((word) => !isCommonWord(word));
}

/** Nouns of occupation by their form ("hydrologist", "paramedic", "auctioneer") or the role list. */
export function isOccupation(lower: string): boolean {
  return (
    ROLE_NOUNS.has(lower) ||
    /(?:ologist|ographer|onomer|ician|ist|eer|medic|smith|wright)$/.test(lower) ||
    /^(?:spokes|chair)(?:man|woman|person)$/.test(lower)
  );
}

/**
 * A title word, or an occupation right before a given name ("Broadcaster Piers Morgan",
 * "Prosecutor Ana Ruiz"): an ordinary noun of a doer ("-er", "-or") counts only there.
 */
function isRoleWord(words: readonly string[], lower: readonly string[], at: number): boolean {
  const word = lower[at] ?? '';
  if (TITLE_WORDS.has(word)) return true;
  if (!isGivenName(words[at + 1] ?? '') || isGivenName(words[at] ?? '')) return false;
  if (PLACE_PREFIXES.has(word) || PLACE_SUFFIXES.has(word) || ORG_HEADS.has(word)) return false;
  return isOccupation(word) || (/(?:er|or)$/.test(word) && isCommonWord(word));
}
