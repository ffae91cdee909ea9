import { ABBREVIATIONS } from '../lexicon/grammar';
/**
 * Word and punctuation tokens with their offsets into the body.
 * A word keeps inner apostrophes, hyphens and dots ("Ji-won", "O'Neill", "U.S."), so that names stay
 * whole; a trailing possessive ('s or ’s) is its own token so that entity spans can leave it out.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words (letters or digits), false for punctuation. */
  word: boolean;
}

// A number with thousands separators ("40,000", "1,200.5") is one word, not "40", ",", "000"; so
// is an initialism joined by "&" ("PG&E", "AT&T").
const TOKEN =
  /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{N}\p{L}])|[\p{L}\p{M}\p{N}]+(?:(?:['’][\p{L}\p{M}]+(?<!['’][sS]))|(?:[-‐‑.][\p{L}\p{M}\p{N}]+)|(?:(?<=\p{Lu})&\p{Lu}+))*\.?|['’][sS]\b|\S/gu;

/** Tokenises text[from, to) into words and single punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match; match = TOKEN.exec(slice)) {
    let value = match[0];
    let start = from + match.index;
    // A trailing dot belongs to the word only for abbreviations ("U.S.", "Dr."); otherwise it is
    // sentence punctuation and becomes its own token.
    if (value.length > 1 && value.endsWith('.') && !isAbbreviation(value)) {
      value = value.slice(0, -1);
      tokens.push({ text: value, start, end: start + value.length, word: true });
      start += value.length;
      tokens.push({ text: '.', start, end: start + 1, word: false });
      continue;
    }
    const word = /[\p{L}\p{N}]/u.test(value[0] ?? '');
    // "Abu Dhabi-based", "Marshall Islands-flagged": the name and its suffix are separate words.
    const compound = COMPOUND_SUFFIX.exec(value);
    if (word && compound?.[1] && compound[2]) {
      const head = compound[1];
      tokens.push({ text: head, start, end: start + head.length, word: true });
      tokens.push({
        text: '-',
        start: start + head.length,
        end: start + head.length + 1,
        word: false,
      });
      const tail = compound[2];
      tokens.push({
        text: tail,
        start: start + head.length + 1,
        end: start + value.length,
        word: true,
      });
      continue;
    }
    tokens.push({ text: value, start, end: start + value.length, word });
  }
  return tokens;
}

const COMPOUND_SUFFIX =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*?)-(based|flagged|owned|led|born|made|backed|run|funded|registered|listed|bound|style|era|speaking|language|wide|area|region|bred|trained|educated|focused|linked|aligned|allied)$/u;

/** "Dr.", "U.S.", "a.m.": a word whose final dot does not end a sentence. */
export function isAbbreviation(word: string): boolean {
  const bare = word.slice(0, -1);
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // Initialisms with inner dots (U.S., a.m., J.R.R.) and single capital initials (J.)
  return /^(?:\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare);
}

/** True when the word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word.codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}
