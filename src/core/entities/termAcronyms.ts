/**
 * Acronyms that name things, not bodies: "Ebola virus disease (EVD)", "Automatic Identification
 * System (AIS)", "exclusive economic zone (EEZ)". An acronym defined in brackets after ordinary
 * lower-case words, or after a name that ends in a kind of thing (a system, a disease, a law), is
 * no organisation anywhere in the article.
 */
import type { Doc } from '../text/document';
import { isAcronym } from './nameCues';

/** Last words of a defined name that make it a thing's: "… System (AIS)", "… Act (ACA)". */
const THING_NOUNS =
  /^(system|systems|disease|syndrome|virus|act|law|index|protocol|standard|method|test|vaccine|device|vehicle|vehicles|weapon|weapons|missile|technique|theory|rate|tax|zone|identification|tracking|number|code|model|scale)$/i;

const cache = new WeakMap<Doc, Set<string>>();

/** The acronyms of the article that its own text defines as things. */
export function termAcronyms(doc: Doc): Set<string> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const terms = new Set<string>();
  const { tokens } = doc;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')') continue;
    const acronym = tokens[i]?.text ?? '';
    if (!isAcronym(acronym)) continue;
    const before = tokens[i - 2]?.text ?? '';
    if (/^\p{Ll}{3,}$/u.test(before) || THING_NOUNS.test(before)) terms.add(acronym);
  }
  cache.set(doc, terms);
  return terms;
}
