/**
 * "Notes from Poland (NFP)", "Friends of the Earth (FoE)": a name whose short form follows it in
 * brackets, though small words inside it ("from", "of the") cut it into runs the first pass reads
 * as other things (the place "Poland", or nothing). The letters of the short form decide where the
 * name starts; for the first pass, after the runs are classified.
 */
import type { Doc } from '../text/document';
import type { Mention } from './types';

const SMALL_WORDS = /^(of|the|for|from|and|on|in|to|de|du|des|la|le|&)$/i;

/** Mentions with each name so introduced as one organisation, the mentions inside it dropped. */
export function withAcronymNames(doc: Doc, mentions: Mention[]): Mention[] {
  const { tokens } = doc;
  const names: Mention[] = [];
  for (let open = 2; open < tokens.length - 2; open++) {
    if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') continue;
    const short = tokens[open + 1]?.text ?? '';
    if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(short) || !/\p{Lu}.*\p{Lu}/u.test(short)) continue;
    const first = nameStart(doc, open, short.replace(/\p{Ll}/gu, '').toUpperCase());
    if (first < 0) continue;
    // Only where small words cut the name: a name in one run is found already.
    const cut = tokens.slice(first, open).some((token) => SMALL_WORDS.test(token.text));
    if (!cut) continue;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[open - 1]?.end ?? start;
    names.push({
      first,
      last: open,
      start,
      end,
      text: doc.body.slice(start, end),
      type: 'organization',
      cued: true,
    });
  }
  if (names.length === 0) return mentions;
  const inside = (mention: Mention) =>
    names.some((name) => mention.first < name.last && name.first < mention.last);
  return [...mentions.filter((mention) => !inside(mention)), ...names].sort(
    (a, b) => a.first - b.first,
  );
}

/**
 * Where the name before the bracket at `open` starts, when the capitalised words back from it
 * (small words skipped) give exactly the `letters` of the short form; -1 otherwise.
 */
function nameStart(doc: Doc, open: number, letters: string): number {
  const { tokens } = doc;
  let matched = letters.length;
  let k = open - 1;
  while (k >= 0 && matched > 0) {
    const text = tokens[k]?.text ?? '';
    if (!tokens[k]?.word) return -1;
    const letter = text[0]?.toUpperCase() === letters[matched - 1];
    // "Notes from Poland (NFP)": a small word gives its letter when the short form has it, and
    // is passed over when not ("Friends of the Earth (FoE)", "Bank of England (BoE)").
    if (SMALL_WORDS.test(text) && !/^\p{Lu}/u.test(text)) {
      if (letter) matched--;
      k--;
      continue;
    }
    if (!/^\p{Lu}/u.test(text) || !letter) return -1;
    matched--;
    k--;
  }
  return matched === 0 && open - (k + 1) >= 2 ? k + 1 : -1;
}
