/**
 * "he" and "she" as speakers: the person they most likely stand for. Candidates are the people
 * named in the last few sentences, that agree in gender; the subject of a sentence outweighs its
 * objects and possessors ("Bloomberg endorsed his rival, Joe Biden. "…," he said" is Bloomberg),
 * nearer sentences outweigh farther ones, the person quoted last is favoured, and a name inside a
 * quotation is hardly ever the antecedent ("'Nobody told Grant,' she added" is not Grant).
 */
import type { Cluster } from '../entities/types';
import { SPEECH_VERBS } from '../lexicon/speech';
import type { Doc } from '../text/document';
import { isCapitalised } from '../text/tokens';
import { TITLE_WORDS } from '../lexicon/people';

export interface PronounContext {
  doc: Doc;
  clusters: Cluster[];
  clusterOfMention: Int32Array;
  mentionFirst: Int32Array;
  mentionLast: Int32Array;
  /** Whether a token lies inside a quotation (direct quotes found in the text). */
  quoted: (token: number) => boolean;
}

/** How far back, in sentences, an antecedent is looked for. */
const SENTENCES_BACK = 5;
/** The bonus of the subject named last: what the text is about where the pronoun stands. */
const FOCUS = 60;
/** The bonus of a known gender that agrees (unknown genders are neither rewarded nor refused). */
const GENDER = 80;

/** The first mention (in text order) that starts at or after token `at` (binary search). */
export function firstMentionFrom(ctx: { mentionFirst: Int32Array }, at: number): number {
  let low = 0;
  let high = ctx.mentionFirst.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ctx.mentionFirst[mid] ?? 0) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function resolvePersonPronoun(
  ctx: PronounContext,
  gender: 'f' | 'm',
  at: number,
  last: { cluster: Cluster | undefined; at: number },
): Cluster | undefined {
  const lastSpeaker = last.cluster;
  const sentence = ctx.doc.sentenceOf[at] ?? 0;
  const scores = new Map<Cluster, number>();
  /** The subject named last before the pronoun: what the text is about at that point. */
  let focus: Cluster | undefined;
  let focusAt = -1;
  for (let m = firstMentionFrom(ctx, at) - 1; m >= 0; m--) {
    const first = ctx.mentionFirst[m] ?? 0;
    const back = sentence - (ctx.doc.sentenceOf[first] ?? 0);
    if (back > SENTENCES_BACK) break;
    const cluster = ctx.clusters[ctx.clusterOfMention[m] ?? -1];
    if (cluster?.type !== 'person' || (cluster.gender && cluster.gender !== gender)) continue;
    let score = -(at - first);
    const role = roleOf(ctx, first, ctx.mentionLast[m] ?? first + 1);
    const quoted = ctx.quoted(first);
    if (role === 'subject' || (role !== 'possessor' && opensSentence(ctx, m))) {
      score += 100;
      if (!quoted && !focus) {
        focus = cluster;
        focusAt = first;
      }
    } else if (role === 'possessor') score -= 60;
    if (quoted) score -= 150;
    if (cluster.gender === gender) score += GENDER;
    // The person quoted last, unless someone else has since become the subject.
    if (cluster === lastSpeaker) score += 100;
    if (score > (scores.get(cluster) ?? -Infinity)) scores.set(cluster, score);
  }
  // The person quoted since the last subject was named is what the text is about now ("…,
  // according to captain X. "…," he said" is X, not the coach who opened the paragraph before).
  const quotedSince = lastSpeaker && last.at > focusAt && scores.has(lastSpeaker);
  const topic = quotedSince ? lastSpeaker : focus;
  if (topic) scores.set(topic, (scores.get(topic) ?? 0) + FOCUS);
  if (focus && lastSpeaker && focus !== lastSpeaker && focusAt > last.at && scores.has(lastSpeaker))
    scores.set(lastSpeaker, (scores.get(lastSpeaker) ?? 0) - 100);
  let best: Cluster | undefined;
  let bestScore = -Infinity;
  for (const [cluster, score] of scores) {
    if (score > bestScore) {
      best = cluster;
      bestScore = score;
    }
  }
  if (best && !best.gender) best.gender = gender;
  // Nobody named nearby: the person quoted last, if the gender allows.
  if (!best && lastSpeaker?.type === 'person' && lastSpeaker.gender !== other(gender))
    return lastSpeaker;
  return best;
}

/** The mention is the first of its sentence, within its first words ("For Ana Ruiz, it was …"). */
function opensSentence(ctx: PronounContext, m: number): boolean {
  const first = ctx.mentionFirst[m] ?? 0;
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[first] ?? 0];
  if (!sentence || first - sentence.first > 8) return false;
  return m === 0 || (ctx.mentionFirst[m - 1] ?? -1) < sentence.first;
}

const other = (gender: 'f' | 'm') => (gender === 'f' ? 'm' : 'f');

/** Words after which a name opens a clause (as its subject). */
const OPENS_CLAUSE =
  /^(,|;|:|—|–|\(|"|“|and|but|while|when|whereas|after|before|that|as|because|since|although|though|if|then|so|yet|meanwhile)$/i;
/** Words before a name that make it an object. */
const GOVERNS =
  /^(of|to|by|with|for|from|at|in|on|against|about|into|onto|over|under|between|among|than|like|via|toward|towards|behind)$/i;
/** Lower-case words after a name that do not make it a subject ("Ana and", "Ana of"). */
const NOT_A_VERB = /^(and|or|of|for|to|in|on|at|from|by|with|as|than|nor)$/i;

type Role = 'subject' | 'object' | 'possessor' | 'other';

/** Whether the name at tokens [first, last) is a subject, an object or a possessor. */
function roleOf(ctx: PronounContext, first: number, last: number): Role {
  const { tokens } = ctx.doc;
  if (/^['’]s?$/.test(tokens[last]?.text ?? '')) return 'possessor';
  // Titles and modifiers before the name belong to it ("Interior Minister", "the mayor,").
  let before = first - 1;
  const floor = ctx.doc.sentences[ctx.doc.sentenceOf[first] ?? 0]?.first ?? 0;
  while (before >= floor) {
    const text = tokens[before]?.text ?? '';
    const title = TITLE_WORDS.has(text.toLowerCase()) || (isCapitalised(text) && before > floor);
    if (!title && !/^(the|a|an|['’]s)$/i.test(text)) break;
    before--;
  }
  const previous = before < floor ? undefined : (tokens[before]?.text ?? '');
  // "…, with Zinichev describing the threat": the subject of the participle clause.
  if (previous?.toLowerCase() === 'with' && /^\p{Ll}+ing$/u.test(tokens[last]?.text ?? ''))
    return 'subject';
  if (previous !== undefined && GOVERNS.test(previous)) return 'object';
  // '"…," said Joseph Otieno, a farmer': the subject after its speech verb.
  if (previous !== undefined && SPEECH_VERBS.has(previous.toLowerCase())) return 'subject';
  const opens = previous === undefined || OPENS_CLAUSE.test(previous);
  if (!opens) return previous && /^\p{Ll}/u.test(previous) ? 'object' : 'other';
  return verbFollows(ctx, last) ? 'subject' : 'other';
}

/** A verb-like word after the name, past an apposition in commas or brackets. */
function verbFollows(ctx: PronounContext, last: number): boolean {
  const { tokens } = ctx.doc;
  let next = last;
  const open = tokens[next]?.text;
  if (open === ',' || open === '(') {
    // Past an apposition in commas or brackets, or "Neil Basu, on Sunday said": a comma alone.
    const close = open === ',' ? ',' : ')';
    let k = next + 1;
    while (k < Math.min(tokens.length, next + 16) && tokens[k]?.text !== close) {
      if (/^[.;:]$/.test(tokens[k]?.text ?? '')) break;
      k++;
    }
    next = tokens[k]?.text === close ? k + 1 : next + 1;
  }
  // "X also said", "X on Sunday said": a short adverbial may stand before the verb.
  for (let k = next; k < Math.min(tokens.length, next + 4); k++) {
    const word = tokens[k];
    if (!word?.word || !/^\p{Ll}/u.test(word.text)) return false;
    if (SPEECH_VERBS.has(word.text) || FINITE.test(word.text) || /ed$/.test(word.text)) return true;
    if (k === next) {
      if (NOT_A_VERB.test(word.text) && !ADVERBIAL_START.test(word.text)) return false;
      if (!ADVERBIAL_START.test(word.text)) return true;
    }
  }
  return false;
}

const FINITE = /^(is|are|was|were|has|have|had|will|would|could|can|may|might|must|did|does)$/;
/** Words that open a short adverbial between a subject and its verb ("on Sunday", "also"). */
const ADVERBIAL_START =
  /^(on|in|at|also|later|then|earlier|again|last|this|yesterday|today|now|still|previously|recently|separately|further)$/;
