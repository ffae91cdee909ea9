/**
 * Words around a single name that mark a company or another body (part of the second pass,
 * singleWords.ts): its results ("Cemex reported earnings"), its shares and officers ("Siemens
 * shares fell", "Norvane's chief executive"), its voice ("a Sinopec spokesman"). One such mention
 * types every mention of the word ("Eskom said …" before "Eskom's chief executive").
 */
import { startsSentence, type Doc } from '../text/document';
import { isCommonWord, isGivenName, isKnownName, isKnownPlace } from '../lexicon/lexicon';
import { SPOKES } from '../lexicon/speakerNouns';
import type { Mention } from './types';

/** "a Sinopec spokesman said", "Petroperu officials said": a body's voice named by the body. */
export function namesBodysVoice(doc: Doc, mention: Mention): boolean {
  const next = doc.tokens[mention.last]?.text.toLowerCase() ?? '';
  if (!SPOKES.has(next) && !/^(officials|spokespeople|executives)$/.test(next)) return false;
  // Not a word capitalised only because it opens the sentence ("Local officials said").
  return !(startsSentence(doc, mention.first) && isCommonWord(mention.text));
}

/** A cue of a company or body anywhere around the mention, for a word no person or place has. */
function hasBodyCue(doc: Doc, mention: Mention): boolean {
  const word = mention.text;
  if (isKnownName(word) || isGivenName(word) || isKnownPlace(word)) return false;
  return (
    reportsAccounts(doc, mention.last) ||
    hasCorporateCue(doc, mention) ||
    namesBodysVoice(doc, mention)
  );
}

/** The lower-case single words that some mention in the document marks as a body's name. */
export function bodyWordsOf(doc: Doc, mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>();
  for (const mention of mentions)
    if (hasBodyCue(doc, mention)) words.add(mention.text.toLowerCase());
  return words;
}

const ACCOUNTS =
  /^(earnings|profit|profits|revenue|revenues|sales|results|losses|loss|output|dividend|dividends)$/;

/** A verb of company results and its object after token `last`: "reported earnings", "posted its". */
export function reportsAccounts(doc: Doc, last: number): boolean {
  const verb = doc.tokens[last]?.text.toLowerCase() ?? '';
  if (!/^(reported|posted|reports|posts|booked|announced|raised|cut)$/.test(verb)) return false;
  let k = last + 1;
  const object = () => doc.tokens[k]?.text.toLowerCase() ?? '';
  if (object() === 'its') return true;
  while (/^(a|record|quarterly|annual|higher|lower|net|first-half|full-year)$/.test(object())) k++;
  // "posted a 20 percent drop in earnings", "reported a 5% rise in profit".
  if (/^\d[\d.,]*%?$/.test(object())) {
    k++;
    if (/^(percent|per|%)$/.test(object())) k++;
    if (object() === 'cent') k++;
    if (!/^(drop|fall|rise|jump|increase|decline|gain|slump|surge)$/.test(object())) return false;
    k++;
    if (object() !== 'in') return false;
    k++;
  }
  if (!ACCOUNTS.test(object())) return false;
  // "Sutrisno reported a loss of his crops": a person's pronoun nearby.
  for (let i = k; i < k + 8; i++) if (/^(his|her)$/i.test(doc.tokens[i]?.text ?? '')) return false;
  return true;
}

const MARKET_MOVES =
  /^(fell|rose|slid|jumped|dropped|climbed|gained|tumbled|plunged|surged|soared|slumped|closed|ended|rallied|sank|edged|were|have|had)$/;
const OFFICERS = /^(ceo|cfo|shareholders|subsidiary|stock|shares)$/;

/** Words around a single name that only a company has: its shares, its officers, its stock. */
export function hasCorporateCue(doc: Doc, mention: Mention): boolean {
  const word = (i: number) => doc.tokens[i]?.text.toLowerCase() ?? '';
  const { first, last } = mention;
  // "Siemens shares fell": the shares and a market verb ("Smith shares his view" is a person).
  if (/^(shares|stock)$/.test(word(last)) && MARKET_MOVES.test(word(last + 1))) return true;
  // "Norvane's chief executive", "Norvane's shareholders".
  if (/^['’]s$/.test(word(last))) {
    const owned = word(last + 1);
    if (OFFICERS.test(owned)) return true;
    if (owned === 'chief' && /^(executive|financial|operating)$/.test(word(last + 2))) return true;
  }
  // "the chief executive of Norvane", "shares in Norvane", "a stake in Norvane".
  const preposition = word(first - 1);
  const owner = word(first - 2);
  if (preposition === 'of' && /^(ceo|cfo|shareholders|subsidiary)$/.test(owner)) return true;
  if (preposition === 'of' && owner === 'executive' && word(first - 3) === 'chief') return true;
  return /^(in|of)$/.test(preposition) && /^(shares|stake)$/.test(owner);
}
