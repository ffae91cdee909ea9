/**
 * Word classes from compromise's English lexicon (about 25,000 words: common words with their part
 * of speech, given names with gender, surnames, cities, countries, demonyms). Only the lexicon is
 * used, never compromise's parser: lookups are hash reads, so the engine stays fast.
 */
import nlp from 'compromise/two';
import { EXTRA_ORGANIZATIONS, KNOWN_MULTIWORD_ORGANIZATIONS } from './organizations';
import { isDictionaryWord } from './dictionary';
import { EXTRA_COMMON } from './common';
import { IRREGULAR_PAST } from './grammar';

type Tags = string | string[] | undefined;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

function tagsOf(lower: string): string[] {
  const tags = lexicon[lower];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName', 'Person']);
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region']);
/** Parts of speech that mark an ordinary English word (as opposed to a name). */
const COMMON_TAGS = new Set([
  'Gerund',
  'Adjective',
  'PastTense',
  'Plural',
  'PresentTense',
  'Infinitive',
  'Singular',
  'PhrasalVerb',
  'Actor',
  'Comparative',
  'Superlative',
  'Uncountable',
  'Noun',
  'Adverb',
  'Participle',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Modal',
  'QuestionWord',
  'Expression',
  'Reflexive',
  'Cardinal',
  'Ordinal',
  'TextValue',
  'Unit',
  'Copula',
  'Auxiliary',
  'Possessive',
  'Negative',
  'Multiple',
  'Fraction',
]);

const MARKS = /\p{M}+/gu;

/**
 * The lower-case forms to look a name up by: as written, then without accents, since the word
 * lists spell many names without them ("José", "Sebastián", "Nicolás" are listed as "jose"…).
 */
function nameForms(word: string): string[] {
  const lower = word.toLowerCase();
  const plain = lower.normalize('NFD').replace(MARKS, '');
  return plain === lower ? [lower] : [lower, plain];
}

/** Gender suggested by a given name, when the lexicon knows it. */
export function nameGender(word: string): 'f' | 'm' | undefined {
  for (const form of nameForms(word)) {
    const tags = tagsOf(form);
    if (tags.includes('FemaleName')) return 'f';
    if (tags.includes('MaleName')) return 'm';
    const gender = EXTRA_GIVEN_NAMES.get(form);
    if (gender) return gender;
  }
  return undefined;
}

/**
 * True when the word is known as a given name. `withoutAccents` also accepts the word's
 * unaccented spelling ("José" as "jose"): right where a name has already been found, but not to
 * decide whether a lone capitalised word is a person ("León" in "Castile and León" is a region).
 */
export function isGivenName(word: string, { withoutAccents = false } = {}): boolean {
  const forms = nameForms(word);
  return (withoutAccents ? forms : forms.slice(0, 1)).some(
    (form) =>
      EXTRA_GIVEN_NAMES.has(form) ||
      tagsOf(form).some((tag) => tag === 'FemaleName' || tag === 'MaleName' || tag === 'FirstName'),
  );
}

/** True when the word is known as a surname. */
export function isSurname(word: string): boolean {
  return tagsOf(word.toLowerCase()).includes('LastName');
}

/** True when the lexicon knows the word as any kind of name. */
export function isKnownName(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((tag) => NAME_TAGS.has(tag)) || isGivenName(word);
}

/** True when the lexicon knows the word as an organisation ("Google", "NASA"). */
export function isKnownOrganization(word: string): boolean {
  const lower = word.toLowerCase();
  return EXTRA_ORGANIZATIONS.has(lower) || tagsOf(lower).includes('Organization');
}

const KNOWN_MULTIWORD = KNOWN_MULTIWORD_ORGANIZATIONS.map((name) => name.split(/\s+/));

/** The number of words of a known multi-word organisation's name at `at`, or 0. */
export function knownOrganizationLength(words: readonly string[], at: number): number {
  let best = 0;
  for (const name of KNOWN_MULTIWORD) {
    if (name.length > best && name.every((word, k) => words[at + k] === word)) best = name.length;
  }
  return best;
}

/** True when the lexicon knows the word as a place. */
export function isKnownPlace(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((tag) => PLACE_TAGS.has(tag));
}

/**
 * True for ordinary English words ("the", "sharing", "watch"): a capitalised one at the start of a
 * sentence is not a name. Inflected forms are checked through their likely stems.
 */
export function isCommonWord(word: string, { dictionary = true } = {}): boolean {
  const lower = word.toLowerCase().replace(/['’](ve|re|ll|d|m|t)$/, '');
  if (EXTRA_COMMON.has(lower)) return true;
  const tags = tagsOf(lower);
  if (tags.length > 0) return tags.some((tag) => COMMON_TAGS.has(tag)) && !isGivenName(word);
  for (const stem of stems(lower)) {
    if (tagsOf(stem).some((tag) => COMMON_TAGS.has(tag))) return true;
  }
  // Short words ("Mu", "Li", "Lam") are more often names than the rare words the dictionary has.
  return dictionary && lower.length >= 4 && isDictionaryWord(lower) && !isKnownName(word);
}

function stems(lower: string): string[] {
  const out: string[] = [];
  if (lower.endsWith('ies')) out.push(lower.slice(0, -3) + 'y');
  if (lower.endsWith('es')) out.push(lower.slice(0, -2));
  if (lower.endsWith('s')) out.push(lower.slice(0, -1));
  if (lower.endsWith('ed')) out.push(lower.slice(0, -2), lower.slice(0, -1));
  if (lower.endsWith('ing')) out.push(lower.slice(0, -3), lower.slice(0, -3) + 'e');
  if (lower.endsWith('ly')) out.push(lower.slice(0, -2));
  return out;
}

/**
 * Given names of many origins that a US-centred list misses, with gender where it is usual.
 * ('u' = used for any gender.)
 */
const EXTRA_GIVEN_NAMES = new Map<string, 'f' | 'm' | undefined>(
  (
    [
      // Given names that are also ordinary English words
      ['rose', 'f'],
      ['grace', 'f'],
      ['hope', 'f'],
      ['faith', 'f'],
      ['joy', 'f'],
      ['dawn', 'f'],
      ['iris', 'f'],
      ['ivy', 'f'],
      ['violet', 'f'],
      ['amber', 'f'],
      ['ruby', 'f'],
      ['pearl', 'f'],
      ['jade', 'f'],
      ['olive', 'f'],
      ['hazel', 'f'],
      ['daisy', 'f'],
      ['lily', 'f'],
      ['precious', 'f'],
      ['blessing', 'f'],
      ['patience', 'f'],
      ['mercy', 'f'],
      ['charity', 'f'],
      ['memory', 'f'],
      ['gift', 'u'],
      ['innocent', 'm'],
      ['given', 'm'],
      ['prosper', 'm'],
      ['frank', 'm'],
      ['grant', 'm'],
      ['mark', 'm'],
      ['will', 'm'],
      ['bill', 'm'],
      ['guy', 'm'],
      ['rich', 'm'],
      ['earl', 'm'],
      ['kitty', 'f'],
      ['piers', 'm'],
      ['sandy', 'u'],
      ['ginger', 'u'],
      ['rusty', 'm'],
      ['dusty', 'm'],
      ['buddy', 'm'],
      ['misty', 'f'],
      ['candy', 'f'],
      ['penny', 'f'],
      ['holly', 'f'],
      ['cherry', 'f'],
      ['destiny', 'f'],
      ['maya', 'f'],
      ['tierra', 'f'],
      ['chip', 'm'],
      ['clay', 'm'],
      ['cliff', 'm'],
      ['lance', 'm'],
      ['rex', 'm'],
      ['wade', 'm'],
      // Māori and Pacific
      ['aroha', 'f'],
      ['mere', 'f'],
      ['hine', 'f'],
      ['anahera', 'f'],
      ['moana', 'f'],
      ['kiri', 'f'],
      ['tama', 'm'],
      ['wiremu', 'm'],
      ['rawiri', 'm'],
      ['hemi', 'm'],
      ['tane', 'm'],
      ['manaia', 'u'],
      ['losana', 'f'],
      ['sefo', 'm'],
      ['ratu', 'm'],
      ['mele', 'f'],
      ['sione', 'm'],
      ['tevita', 'm'],
      // Japanese
      ['haruki', 'm'],
      ['hiroshi', 'm'],
      ['takeshi', 'm'],
      ['kenji', 'm'],
      ['yuki', 'u'],
      ['yuko', 'f'],
      ['keiko', 'f'],
      ['aiko', 'f'],
      ['naoko', 'f'],
      ['akiko', 'f'],
      ['sakura', 'f'],
      ['haruto', 'm'],
      ['kenta', 'm'],
      ['daisuke', 'm'],
      ['shinji', 'm'],
      ['emi', 'f'],
      ['mei', 'f'],
      ['ren', 'u'],
      // Korean (given names are often hyphenated: handled by shape elsewhere)
      ['minji', 'f'],
      ['jiwoo', 'u'],
      ['seojun', 'm'],
      // Nigerian, Ghanaian, Kenyan, South African
      ['chiamaka', 'f'],
      ['ngozi', 'f'],
      ['chinwe', 'f'],
      ['adaeze', 'f'],
      ['amara', 'f'],
      ['ifeoma', 'f'],
      ['nneka', 'f'],
      ['funmilayo', 'f'],
      ['folake', 'f'],
      ['temitope', 'u'],
      ['oluwaseun', 'u'],
      ['babatunde', 'm'],
      ['chukwuemeka', 'm'],
      ['emeka', 'm'],
      ['obinna', 'm'],
      ['chidi', 'm'],
      ['tunde', 'm'],
      ['segun', 'm'],
      ['musa', 'm'],
      ['aminu', 'm'],
      ['abubakar', 'm'],
      ['yusuf', 'm'],
      ['halima', 'f'],
      ['zainab', 'f'],
      ['aisha', 'f'],
      ['fatima', 'f'],
      ['kwame', 'm'],
      ['kofi', 'm'],
      ['kwabena', 'm'],
      ['ama', 'f'],
      ['akosua', 'f'],
      ['efua', 'f'],
      ['abena', 'f'],
      ['yaw', 'm'],
      ['wanjiru', 'f'],
      ['wanjiku', 'f'],
      ['njeri', 'f'],
      ['achieng', 'f'],
      ['otieno', 'm'],
      ['kamau', 'm'],
      ['mwangi', 'm'],
      ['sipho', 'm'],
      ['thabo', 'm'],
      ['thandiwe', 'f'],
      ['nomvula', 'f'],
      ['lindiwe', 'f'],
      ['zanele', 'f'],
      ['bongani', 'm'],
      ['themba', 'm'],
      ['mandla', 'm'],
      ['naledi', 'f'],
      ['lerato', 'f'],
      // Arabic, Persian, Turkish
      ['omar', 'm'],
      ['ahmed', 'm'],
      ['ahmad', 'm'],
      ['mohammed', 'm'],
      ['muhammad', 'm'],
      ['khalid', 'm'],
      ['hassan', 'm'],
      ['hussein', 'm'],
      ['tariq', 'm'],
      ['karim', 'm'],
      ['layla', 'f'],
      ['leila', 'f'],
      ['noor', 'f'],
      ['rania', 'f'],
      ['yasmin', 'f'],
      ['samira', 'f'],
      ['mariam', 'f'],
      ['huda', 'f'],
      ['reza', 'm'],
      ['mehmet', 'm'],
      ['emre', 'm'],
      ['elif', 'f'],
      ['zeynep', 'f'],
      ['salma', 'f'],
      // South Asian
      ['priya', 'f'],
      ['ananya', 'f'],
      ['lakshmi', 'f'],
      ['sunita', 'f'],
      ['deepa', 'f'],
      ['kavita', 'f'],
      ['meera', 'f'],
      ['aarav', 'm'],
      ['arjun', 'm'],
      ['rahul', 'm'],
      ['vikram', 'm'],
      ['rajesh', 'm'],
      ['sanjay', 'm'],
      ['rishi', 'm'],
      ['narendra', 'm'],
      ['rahul', 'm'],
      ['amit', 'm'],
      ['ravi', 'm'],
      ['anil', 'm'],
      ['suresh', 'm'],
      ['imran', 'm'],
      // Southeast Asian and Chinese
      ['nguyen', undefined],
      ['thi', 'f'],
      ['minh', 'u'],
      ['linh', 'f'],
      ['anh', 'u'],
      ['trang', 'f'],
      ['dewi', 'f'],
      ['siti', 'f'],
      ['putri', 'f'],
      ['budi', 'm'],
      ['agus', 'm'],
      ['wayan', 'u'],
      ['maria', 'f'],
      ['jose', 'm'],
      ['wei', 'u'],
      ['xiaoming', 'm'],
      ['li', undefined],
      // Iberian, Latin American, Slavic, Nordic
      ['joão', 'm'],
      ['joao', 'm'],
      ['luís', 'm'],
      ['luiz', 'm'],
      ['thiago', 'm'],
      ['gustavo', 'm'],
      ['rafael', 'm'],
      ['mateus', 'm'],
      ['beatriz', 'f'],
      ['fernanda', 'f'],
      ['luana', 'f'],
      ['camila', 'f'],
      ['valentina', 'f'],
      ['lucía', 'f'],
      ['sofía', 'f'],
      ['ximena', 'f'],
      ['alejandro', 'm'],
      ['andrés', 'm'],
      ['diego', 'm'],
      ['javier', 'm'],
      ['joaquín', 'm'],
      ['agnieszka', 'f'],
      ['katarzyna', 'f'],
      ['małgorzata', 'f'],
      ['piotr', 'm'],
      ['tomasz', 'm'],
      ['krzysztof', 'm'],
      ['ingrid', 'f'],
      ['sigrid', 'f'],
      ['astrid', 'f'],
      ['lars', 'm'],
      ['henrik', 'm'],
      ['magnus', 'm'],
      ['solveig', 'f'],
      ['bjørn', 'm'],
      ['olena', 'f'],
      ['oksana', 'f'],
      ['dmitri', 'm'],
      // Ukrainian and Russian, in the spellings news agencies use
      ['oleksiy', 'm'],
      ['oleksii', 'm'],
      ['andriy', 'm'],
      ['andrii', 'm'],
      ['dmytro', 'm'],
      ['dmitriy', 'm'],
      ['dmitry', 'm'],
      ['mykola', 'm'],
      ['mykhailo', 'm'],
      ['serhiy', 'm'],
      ['serhii', 'm'],
      ['vitaliy', 'm'],
      ['vitaly', 'm'],
      ['yevhen', 'm'],
      ['yevgeny', 'm'],
      ['taras', 'm'],
      ['bohdan', 'm'],
      ['vasyl', 'm'],
      ['arseniy', 'm'],
      ['yulia', 'f'],
      ['yuliia', 'f'],
      ['iryna', 'f'],
      ['tetiana', 'f'],
      ['kateryna', 'f'],
      ['yekaterina', 'f'],
      ['lyudmila', 'f'],
      ['ksenia', 'f'],
    ] as const
  ).map(([name, gender]) => [name, gender === 'u' ? undefined : gender]),
);

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Verb']);

/** True when the lexicon knows the word as a finite verb form ("was", "went", "left" is not). */
export function isVerbForm(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_PAST.has(lower) || tagsOf(lower).some((tag) => VERB_TAGS.has(tag));
}
