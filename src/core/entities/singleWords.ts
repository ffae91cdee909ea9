/**
 * Single words the first pass left untyped, typed from the rest of the document (part of the second
 * pass, cluster.ts): a key of a known entity ("Park said" after "Park Ji-won"), the words around
 * the word ("in Bauchi", "the carrier Garuda", "said Sutrisno, a farmer"), a list of places, an
 * apposition ("Al-Azhar, the Sunni world's seat of learning, said").
 */
import type { EntityType } from '../schema';
import type { Doc } from '../text/document';
import {
  isCommonWord,
  isGivenName,
  isKnownName,
  isKnownPlace,
  nameGender,
} from '../lexicon/lexicon';
import { GENERIC_SOURCES, SPEECH_VERBS, WEAK_SPEECH_VERBS } from '../lexicon/speech';
import { ROLE_NOUNS, SPOKES } from '../lexicon/speakerNouns';
import type { Cluster } from './types';
import { hasCorporateCue, namesBodysVoice, reportsAccounts } from './companyCues';
import { editDistance } from './names';
import { isPlaceNoun } from './placeCues';
import { isAcronym } from './recognise';
import type { Mention } from './types';
import { TITLE_WORDS } from '../lexicon/people';
import type { KeyIndex } from './keyIndex';

export type Add = (cluster: Cluster, mention: Mention) => void;
export type Create = (type: EntityType, mention: Mention) => Cluster;

/** The one person whose name starts with `lower`, if exactly one does. */
function onlyPersonGiven(
  byGivenName: ReadonlyMap<string, ReadonlySet<Cluster>>,
  lower: string,
): Cluster | undefined {
  const people = byGivenName.get(lower);
  if (people?.size !== 1) return undefined;
  const [only] = people;
  return only;
}

/** The entities found so far, with the indexes single words are looked up in. */
export interface KnownEntities {
  clusters: Cluster[];
  keyIndex: KeyIndex;
  byForm: Map<string, Cluster>;
  /** People by the first word of each of their forms. */
  byGivenName: ReadonlyMap<string, ReadonlySet<Cluster>>;
}

export function resolveSingleWord(
  doc: Doc,
  mention: Mention,
  { clusters, keyIndex, byForm, byGivenName }: KnownEntities,
  add: Add,
  create: Create,
  bodyWords: ReadonlySet<string> = new Set(),
): void {
  const word = mention.text;
  const lower = word.toLowerCase();
  // A key of a known entity: surname, family name, acronym. The latest such entity wins.
  const keyed = keyIndex.latest(lower);
  if (keyed) return add(keyed, mention);
  for (const type of ['person', 'organization', 'location'] as const) {
    const same = byForm.get(`${type}|${lower}`);
    if (same) return add(same, mention);
  }
  // "Eskom said …" when a later "Eskom's chief executive" shows a company.
  if (bodyWords.has(lower)) return void create('organization', mention);
  // Given name alone ("Ana said") when exactly one person has it.
  const byGiven = onlyPersonGiven(byGivenName, lower);
  if (byGiven) return add(byGiven, mention);
  const next = doc.tokens[mention.last]?.text.toLowerCase() ?? '';
  const previous = doc.tokens[mention.first - 1]?.text.toLowerCase() ?? '';
  // "the Financial Supervisory Authority of Norway, known as Finanstilsynet": another name of the
  // body just named.
  const named = knownAs(doc, mention, clusters);
  if (named) {
    named.keys.add(lower);
    return add(named, mention);
  }
  // "The meteorological agency, known as NiMet": a body described in lower case.
  if (afterKindOfBody(doc, mention)) {
    const cluster = create('organization', mention);
    cluster.keys.add(lower);
    return;
  }
  // "…, according to Kidston.": a single name as the source of a statement is a person, unless it
  // looks like a body's ("according to Rappler" is a site whose name the word list lacks).
  const beforeTo = doc.tokens[mention.first - 2]?.text.toLowerCase() ?? '';
  if (
    previous === 'to' &&
    beforeTo === 'according' &&
    !isKnownPlace(word) &&
    !/[^s]s$/.test(word)
  ) {
    const cluster = create('person', { ...mention, gender: mention.gender ?? nameGender(word) });
    cluster.keys.add(lower);
    return;
  }
  // "a protester using the pseudonym Katya", "a man identified only as Ahmed": a person's name.
  if (
    /^(pseudonym|nickname|nicknamed|named|alias|as)$/.test(previous) &&
    /^(pseudonym|nickname|nicknamed|named|alias|only)$/.test(
      previous === 'as' ? staffWord(doc, mention) : previous,
    )
  ) {
    const cluster = create('person', { ...mention, gender: mention.gender ?? nameGender(word) });
    cluster.keys.add(lower);
    return;
  }
  // "the state oil company Pertamina", "the carrier Garuda": a name in apposition to a kind of body.
  if (BODY_NOUNS.test(previous)) return void create('organization', mention);
  // "the copper commission Cochilco", "the energy regulator Ofgem": a kind of public body, unless
  // the word is a known name ("told the commission Smith had lied").
  if (PUBLIC_BODY_NOUNS.test(previous) && !isKnownName(word) && !isGivenName(word))
    return void create('organization', mention);
  // "a Sinopec spokesman said", "Petroperu officials said": a body's voice named by the body (a
  // known surname may be a politician's: "a Johnson spokesman").
  if (
    namesBodysVoice(doc, mention) &&
    !isKnownName(word) &&
    !isGivenName(word) &&
    !isKnownPlace(word)
  )
    return void create('organization', mention);
  // "the Zenith company", "the Tata group": a name before a kind of body.
  if (previous === 'the' && BODY_NOUNS.test(next) && !isKnownPlace(word))
    return void create('organization', mention);
  // "analysts at Nomura", "economists from Rabobank": people of a body, named by the body.
  const staff = doc.tokens[mention.first - 2]?.text.toLowerCase() ?? '';
  if (/^(at|from|with)$/.test(previous) && (GENERIC_SOURCES.has(staff) || SPOKES.has(staff)))
    return void create('organization', mention);
  // "Al-Azhar, the Sunni world's foremost seat of learning, said": a name that an apposition
  // describes and that speaks; a role in the apposition makes it a person.
  const described = describedSpeaker(doc, mention.last);
  if (described === 'person') {
    const cluster = create('person', { ...mention, gender: mention.gender ?? nameGender(word) });
    cluster.keys.add(lower);
    return;
  }
  if (described) return void create(described, mention);
  // "a report by Glassline, a cybersecurity firm, found": an apposition whose head is a kind of
  // body, whatever follows it.
  if (appositionNamesBody(doc, mention.last) && !isKnownPlace(word))
    return void create('organization', mention);
  // "Siemens shares fell", "Norvane's chief executive", "the chief executive of Norvane".
  if (hasCorporateCue(doc, mention) && !isKnownPlace(word))
    return void create('organization', mention);
  // Place context outweighs a name-like shape: "in Regina", "Miyagi prefecture", "Edo and Bauchi".
  if (next !== "'s" && next !== '’s') {
    const placePreposition =
      /^(in|near|across|outside|to|from|off|around|towards|toward|via|through)$/.test(previous);
    if (placePreposition && !LANGUAGES.test(word)) return void create('location', mention);
    // "Miyagi prefecture", "Kano, Bauchi and Zamfara states": a place noun or a list of places.
    if (isPlaceNoun(next)) return void create('location', mention);
    if (/^(,|and|or)$/.test(previous) && placeBefore(doc, mention.first - 1, clusters)) {
      return void create('location', mention);
    }
    // "in Ulsan, Geoje and Mokpo", "Kano, Bauchi, Zamfara and Lagos states": one of a list of
    // places.
    if (!isGivenName(word) && inPlaceList(doc, mention, clusters))
      return void create('location', mention);
  }
  // A misspelt surname: one transposition or substitution away from a known one.
  if (word.length >= 4 && !isCommonWord(word) && !isKnownPlace(word)) {
    const misspelt = personWithKeyNear(keyIndex, lower);
    if (misspelt) return add(misspelt, mention);
  }
  // "Zanu-PF", "Fidesz-KDNP": a name joined to an acronym is a party's or a body's.
  if (isAcronym(word) || /^\p{Lu}\p{L}+-\p{Lu}{2,}$/u.test(word))
    return void create('organization', mention);
  const plural = /[^s]s$/.test(word) && !isKnownName(word);
  // "Wikinews observed", "Reuters reported": a plural-looking name that speaks is an organisation.
  if (plural && SPEECH_VERBS.has(next) && !WEAK_SPEECH_VERBS.has(next)) {
    return void create('organization', mention);
  }
  // "Cemex reported earnings", "Vingroup posted its first loss": a company's verb and object.
  if (reportsAccounts(doc, mention.last) && !isKnownName(word))
    return void create('organization', mention);
  // "UpGuard said", "said PayPal": a capital inside the word marks a brand, not a person — unless
  // it follows a surname prefix ("McAllister", "DeSantis", "LeBlanc").
  const speaks = speakerAfterQuotation(doc, mention) || SPEECH_VERBS.has(next);
  if (speaks && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !SURNAME_PREFIX.test(word))
    return void create('organization', mention);
  // '"…," said Sutrisno, a farmer': a single name after a quotation's speech verb is a speaker.
  if (speakerAfterQuotation(doc, mention) && !plural && !isKnownPlace(word)) {
    const cluster = create('person', { ...mention, gender: mention.gender ?? nameGender(word) });
    cluster.keys.add(lower);
    return;
  }
  // A person by a strong cue of the first pass ("Sinner, 23, said") stays a person.
  const cuedPerson = mention.type === 'person' && mention.cued;
  if ((SPEECH_VERBS.has(next) && !plural) || mention.role || isKnownName(word) || cuedPerson) {
    const cluster = create('person', { ...mention, gender: mention.gender ?? nameGender(word) });
    cluster.keys.add(lower);
    return;
  }
  // "told Reuters": a bare capitalised word after "told" is an outlet or institution.
  if (previous === 'told' && !isKnownName(word)) return void create('organization', mention);
}

/** '"…," said X.' or '"…," added X, a …': a name right after a closing quote's speech verb. */
function speakerAfterQuotation(doc: Doc, mention: Mention): boolean {
  const { tokens } = doc;
  const verb = tokens[mention.first - 1]?.text.toLowerCase() ?? '';
  if (!SPEECH_VERBS.has(verb) || WEAK_SPEECH_VERBS.has(verb)) return false;
  const before = tokens[mention.first - 2]?.text ?? '';
  const next = tokens[mention.last]?.text ?? '';
  return /^["”’'»]$/.test(before) && /^[,.;]$|^$/.test(next);
}

const LIST_JOINERS = /^(,|and|or)$/;
const LANGUAGES =
  /^(english|french|spanish|portuguese|arabic|mandarin|cantonese|hindi|urdu|bengali|tamil|swahili|yoruba|hausa|igbo|pidgin|zulu|xhosa|amharic|tagalog|filipino|bahasa|malay|javanese|russian|german|italian|japanese|korean|vietnamese|thai|persian|farsi|pashto|dari|kurdish|turkish|hebrew|māori|maori|samoan|tongan|fijian|quechua|aymara|guarani|creole)$/i;
const PLURAL_PLACE_NOUNS =
  /^(states|provinces|districts|counties|regions|prefectures|islands|towns|cities|villages)$/;

/**
 * A one-word name in a list of one-word names ("A, B and C") that opens after a place preposition,
 * ends before a plural place noun, or has a place in it.
 */
function inPlaceList(doc: Doc, mention: Mention, clusters: Cluster[]): boolean {
  const { tokens } = doc;
  const isMember = (i: number) => /^\p{Lu}\p{Ll}/u.test(tokens[i]?.text ?? '');
  // At most a dozen members each way: a longer run of names is no list of places, and the cap
  // keeps the test linear.
  const floor = mention.first - 24;
  const ceiling = mention.first + 24;
  let start = mention.first;
  while (start > floor && LIST_JOINERS.test(tokens[start - 1]?.text ?? '') && isMember(start - 2))
    start -= 2;
  let end = mention.first;
  while (end < ceiling && LIST_JOINERS.test(tokens[end + 1]?.text ?? '') && isMember(end + 2))
    end += 2;
  // A true list has "and" or "or" ("Keidanren, Japan's largest lobby" is an apposition) and no
  // language in it ("in Yoruba, Hausa, Igbo and Pidgin").
  const members: string[] = [];
  let joined = false;
  for (let i = start; i <= end; i += 2) members.push(tokens[i]?.text ?? '');
  for (let i = start + 1; i < end; i += 2) joined ||= /^(and|or)$/.test(tokens[i]?.text ?? '');
  if (!joined || members.some((member) => LANGUAGES.test(member))) return false;
  if (/^(in|near|across|from|between)$/.test(tokens[start - 1]?.text ?? '')) return true;
  if (PLURAL_PLACE_NOUNS.test(tokens[end + 1]?.text ?? '')) return true;
  // A member that the first pass already took for a place.
  const placeTokens = placeTokensOf(clusters);
  return members.some((_, n) => start + 2 * n !== mention.first && placeTokens.has(start + 2 * n));
}

/**
 * The tokens of the places known when single words start to be resolved (the first pass's), once
 * per clustering so that list tests stay linear.
 */
const placeTokensCache = new WeakMap<Cluster[], Set<number>>();
function placeTokensOf(clusters: Cluster[]): Set<number> {
  let tokens = placeTokensCache.get(clusters);
  if (tokens) return tokens;
  tokens = new Set<number>();
  for (const cluster of clusters) {
    if (cluster.type !== 'location') continue;
    for (const mention of cluster.mentions)
      for (let i = mention.first; i < mention.last; i++) tokens.add(i);
  }
  placeTokensCache.set(clusters, tokens);
  return tokens;
}

/** True when a location mention ends right before token `index` (skipping a comma). */
function placeBefore(doc: Doc, index: number, clusters: Cluster[]): boolean {
  const end = doc.tokens[index]?.start ?? -1;
  return clusters.some(
    (cluster) =>
      cluster.type === 'location' &&
      cluster.mentions.some(
        (mention) =>
          mention.end === end - 2 ||
          mention.end === end - 1 ||
          doc.tokens[mention.last + 1]?.start === end,
      ),
  );
}

/** The type of a name followed by ", the/a …, said": person when a role describes it. */
function describedSpeaker(doc: Doc, last: number): 'person' | 'organization' | undefined {
  const { tokens } = doc;
  // "X, the …", "X, Indonesia's envoy, said".
  // "X, which has 40 million subscribers, said": a relative "which" is a body's, "who" a person's.
  const relative = /^(which|who)$/.test(tokens[last + 1]?.text.toLowerCase() ?? '');
  const opens =
    relative ||
    /^(the|a|an)$/i.test(tokens[last + 1]?.text ?? '') ||
    /^['’]s$/.test(tokens[last + 2]?.text ?? '');
  if (tokens[last]?.text !== ',' || !opens) return undefined;
  for (let k = last + 2; k < Math.min(tokens.length, last + 20); k++) {
    const text = tokens[k]?.text ?? '';
    if (text !== ',') continue;
    const verb = tokens[k + 1]?.text.toLowerCase() ?? '';
    if (!SPEECH_VERBS.has(verb) || WEAK_SPEECH_VERBS.has(verb)) return undefined;
    if (relative) return tokens[last + 1]?.text.toLowerCase() === 'who' ? 'person' : 'organization';
    const described = tokens.slice(last + 2, k).map((token) => token.text.toLowerCase());
    // "Ecopetrol, the state oil company, said": a kind of body outweighs a title word ("state").
    if (described.some((word) => BODY_NOUNS.test(word))) return 'organization';
    return described.some((word) => ROLE_NOUNS.has(word) || TITLE_WORDS.has(word))
      ? 'person'
      : 'organization';
  }
  return undefined;
}

/** Prefixes of surnames written with a capital inside ("McAllister", "DeSantis", "O'Brien"). */
const SURNAME_PREFIX = /^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Al|El|Ben|Abu)\p{Lu}/u;

/**
 * "X, a cybersecurity firm," "X, the state carrier.": an apposition after token `last` (a comma)
 * of a few words in lower case that ends in a kind of body.
 */
function appositionNamesBody(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  if (tokens[last]?.text !== ',' || !/^(a|an|the)$/i.test(tokens[last + 1]?.text ?? ''))
    return false;
  for (let k = last + 2; k < Math.min(tokens.length, last + 9); k++) {
    const text = tokens[k]?.text ?? '';
    if (/^[,.;]$/.test(text) || /^(that|which|based)$/.test(text)) {
      const head = tokens[k - 1]?.text.toLowerCase() ?? '';
      return k > last + 2 && (BODY_NOUNS.test(head) || PUBLIC_BODY_NOUNS.test(head));
    }
    if (!tokens[k]?.word && text !== '-') return false;
  }
  return false;
}

const PUBLIC_BODY_NOUNS =
  /^(commission|regulator|watchdog|utility|authority|ministry|institute|association|federation|league|exchange|fund|developer|exporter|refiner|chain|platform|network|broadcaster|daily|tabloid|magazine|outlet|website|portal|cooperative|co-op|ngo|charity|movement|coalition|alliance)$/;
const BODY_NOUNS =
  /^(company|firm|group|carrier|airline|lender|bank|insurer|miner|producer|maker|manufacturer|retailer|broadcaster|newspaper|agency|operator|conglomerate|giant|startup|start-up|party|union|charity|club)$/;

/** The word two before a mention ("only" in "identified only as X"). */
function staffWord(doc: Doc, mention: Mention): string {
  return doc.tokens[mention.first - 2]?.text.toLowerCase() ?? '';
}

/** "the meteorological agency, known as NiMet": a kind of body before ", known as". */
function afterKindOfBody(doc: Doc, mention: Mention): boolean {
  const { tokens } = doc;
  if (!/^known$/i.test(tokens[mention.first - 2]?.text ?? '')) return false;
  if (tokens[mention.first - 1]?.text.toLowerCase() !== 'as') return false;
  const kind =
    tokens[mention.first - (tokens[mention.first - 3]?.text === ',' ? 4 : 3)]?.text ?? '';
  return BODY_NOUNS.test(kind.toLowerCase()) || PUBLIC_BODY_NOUNS.test(kind.toLowerCase());
}

/** The body or person named right before ", known as" (or "also known as") and the mention. */
function knownAs(doc: Doc, mention: Mention, clusters: Cluster[]): Cluster | undefined {
  const { tokens } = doc;
  if (tokens[mention.first - 1]?.text.toLowerCase() !== 'as') return undefined;
  let k = mention.first - 2;
  if (!/^(known|called)$/i.test(tokens[k]?.text ?? '')) return undefined;
  k--;
  if (/^(also|locally|widely|commonly)$/i.test(tokens[k]?.text ?? '')) k--;
  if (tokens[k]?.text === ',') k--;
  return clusters.find((cluster) => cluster.mentions.some((other) => other.last === k + 1));
}

/**
 * The first person (in the order clusters were made) holding a key one transposition or
 * substitution away from `lower` (two for keys of eight letters or more): "Ried" for "Reid". Keys
 * are looked up by their first letter, which a misspelling keeps: a long text asks this of every
 * unknown word.
 */
function personWithKeyNear(keyIndex: KeyIndex, lower: string): Cluster | undefined {
  let best: Cluster | undefined;
  for (const key of keyIndex.keysStartingWith(lower.charAt(0))) {
    const allowed = key.length >= 8 ? 2 : 1;
    if (Math.abs(key.length - lower.length) > allowed) continue;
    // Four letters are enough when two of them only swapped places.
    const transposed =
      key.length === lower.length && [...key].sort().join('') === [...lower].sort().join('');
    if (key.length < 4 || (key.length === 4 && !transposed)) continue;
    if (editDistance(key, lower, allowed) > allowed) continue;
    for (const owner of keyIndex.ownersOf(key))
      if (owner.type === 'person' && (!best || owner.index < best.index)) best = owner;
  }
  return best;
}
