/**
 * Acronyms and short names of organisations (part of the second pass, cluster.ts): "World Health
 * Organization (WHO)", "National Water Commission (Conagua)", and initialisms of full names.
 */
import type { Doc } from '../text/document';
import { isCapitalised } from '../text/tokens';
import { isCommonWord, isGivenName, isKnownPlace } from '../lexicon/lexicon';
import type { Cluster } from './types';
import { isAcronym } from './recognise';
import type { Mention } from './types';

/**
 * "World Health Organization (WHO)", "National Water Commission (Conagua)": the acronym or short
 * name in brackets becomes a key of the organisation.
 */
export function linkAcronym(
  doc: Doc,
  mention: Mention,
  cluster: Cluster,
  clusters: Cluster[],
): void {
  const open = doc.tokens[mention.last];
  const acronym = doc.tokens[mention.last + 1];
  if (
    open?.text === '(' &&
    acronym &&
    (isAcronym(acronym.text) || isShortName(acronym.text)) &&
    doc.tokens[mention.last + 2]?.text === ')'
  ) {
    cluster.keys.add(acronym.text.toLowerCase());
    for (const other of clusters)
      if (other !== cluster && other.forms.includes(acronym.text)) other.keys.clear();
  }
}

/** "Conagua", "Pemex": one capitalised word, no place, given name or ordinary word. */
function isShortName(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{3,}$/u.test(word) &&
    !isKnownPlace(word) &&
    !isGivenName(word) &&
    !isCommonWord(word)
  );
}

/** An organisation first met as its acronym joins the full name that the acronym abbreviates. */
export function mergeAcronyms(clusters: Cluster[]): void {
  for (const cluster of clusters) if (cluster.type === 'organization') addInitialism(cluster);
  for (const short of clusters) {
    if (
      short.type !== 'organization' ||
      short.forms.length !== 1 ||
      !isAcronym(short.forms[0] ?? '')
    )
      continue;
    const key = (short.forms[0] ?? '').toLowerCase();
    const full = clusters.find(
      (other) =>
        other !== short &&
        other.type === 'organization' &&
        other.mentions.length > 0 &&
        other.keys.has(key),
    );
    if (!full) continue;
    for (const mention of short.mentions) full.mentions.push(mention);
    if (!full.forms.includes(short.forms[0] ?? '')) full.forms.push(short.forms[0] ?? '');
    short.mentions = [];
  }
}

/** "Nigeria Centre for Disease Control" -> "ncdc", so that a later "NCDC" joins it. */
export function addInitialism(cluster: Cluster): void {
  for (const form of cluster.forms) {
    const words = form
      .split(/\s+/)
      .filter((word) => isCapitalised(word) && !/^(of|the|and|for)$/i.test(word));
    if (words.length >= 2)
      cluster.keys.add(
        words
          .map((word) => word[0])
          .join('')
          .toLowerCase(),
      );
    if (words.length === 1 && isAcronym(form)) cluster.keys.add(form.toLowerCase());
  }
}
