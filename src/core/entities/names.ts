/** Small helpers about the shape of personal names. */
import { isCommonWord, isGivenName, isKnownName, isKnownOrganization } from '../lexicon/lexicon';
import { FAMILY_FIRST, NOT_IN_PERSON_NAMES } from '../lexicon/people';

/** The family name of a multi-word personal name: last word, or first for family-name-first names. */
export function familyName(words: readonly string[]): string {
  const head = words[0] ?? '';
  if (words.length === 2 && FAMILY_FIRST.has(head.toLowerCase())) {
    const given = words[1] ?? '';
    // "Park Ji-won", "Wang Yi": a hyphenated or one-syllable given name follows the family name.
    if (/-/.test(given) || given.length <= 4 || /^[A-Z][a-z]+[A-Z]/.test(given)) return head;
  }
  return words[words.length - 1] ?? '';
}

/**
 * The first of two surnames, which alone names the person in Spanish-language news ("Serrano"
 * for Álvaro Serrano Gil, "García" for Ana García Ruiz): the second-to-last word of a name of
 * three or more words, when it is not itself a given name ("John Paul Smith", "Mary Ann Evans") or
 * an ordinary word (a name misread from "National Iodine Nutrition").
 */
export function firstOfTwoSurnames(words: readonly string[]): string | undefined {
  // Only after a known given name: "National Iodine Nutrition" misread as a person has none.
  if (words.length < 3 || !isGivenName(words[0] ?? '', { withoutAccents: true })) return undefined;
  const word = words[words.length - 2] ?? '';
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || isGivenName(word) || isCommonWord(word)) {
    return undefined;
  }
  return word.toLowerCase();
}

/** Damerau–Levenshtein distance, capped: returns max + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      }
      d[i * cols + j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1] ?? max + 1;
}

/**
 * A run of two or more words is a person's name when it starts with a known given name, has a
 * hyphenated given name ("Ji-won", "Cheuk-yan"), or has no ordinary English word in it at all
 * ("Google Science Fair", "Civic Passion" are no people).
 */
export function looksLikePersonName(words: string[]): boolean {
  if (words.length > 4) return false;
  if (words.some((word) => NOT_IN_PERSON_NAMES.has(word.toLowerCase()))) return false;
  if (isGivenName(words[0] ?? '')) return true;
  // "El Chaltén", "La Prensa Austral": a Spanish article opens a place's or a body's name.
  if (words.length >= 2 && /^(El|La|Los|Las)$/.test(words[0] ?? '')) return false;
  // "Wang Yi", "Li Qiang": a Chinese or Korean family name first, then a short given name.
  if (words.length === 2 && familyName(words) === words[0] && !isCommonWord(words[1] ?? ''))
    return true;
  words = words.filter(
    (word) =>
      !/^(de|da|do|dos|das|del|della|di|du|van|von|der|den|bin|binti|ibn|al|el|la|le)$/i.test(word),
  );
  if (words.some((word) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(word))) return true;
  return (
    words.every((word) => !isCommonWord(word) || isKnownName(word)) &&
    !words.some((word) => isKnownOrganization(word))
  );
}

const VIETNAMESE_FAMILY =
  /^(nguyen|nguyễn|tran|trần|le|lê|pham|phạm|hoang|hoàng|huynh|phan|vu|vũ|vo|võ|dang|đặng|bui|bùi|do|đỗ|ho|hồ|ngo|ngô|duong|dương|ly|lý)$/i;

/**
 * The gender a Vietnamese name marks, when it opens with a Vietnamese family name ("Nguyen Thi
 * Lan"): it outweighs the word list, which may read "Nguyen" as a man's given name.
 */
export function vietnameseFamilyGender(words: string[]): 'f' | 'm' | undefined {
  return VIETNAMESE_FAMILY.test(words[0] ?? '') ? vietnameseGender(words) : undefined;
}

/** Vietnamese names mark gender in the middle name: Nguyen Thi Lan (f), Tran Van Minh (m). */
export function vietnameseGender(words: string[]): 'f' | 'm' | undefined {
  if (words.length < 3) return undefined;
  const middle = words.slice(1, -1).map((word) => word.toLowerCase());
  if (middle.includes('thi') || middle.includes('thị')) return 'f';
  if (middle.includes('van') || middle.includes('văn')) return 'm';
  return undefined;
}

/**
 * "Tan Sri", "Datuk Sri", "Dato' Sri": Malaysian honorifics whose words are also a surname ("Tan
 * Kin Lian") and a given name ("Sri Mulyani") when they stand alone.
 */
export function isPairedHonorific(lower: readonly string[], at: number): boolean {
  const word = lower[at] ?? '';
  if (word === 'tan') return lower[at + 1] === 'sri';
  return word === 'sri' && /^(tan|datuk|dato['’]?|seri|tun|toh)$/.test(lower[at - 1] ?? '');
}
