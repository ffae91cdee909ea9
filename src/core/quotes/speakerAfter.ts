/**
 * The speaker phrase after a speech verb, in inversions ("said Ana Ribeiro", "according to the
 * ministry", "said Aukot's lawyer, Miruru Waweru"). The phrase before the verb is speakerPhrase.ts's.
 */
import { isCapitalised } from '../text/tokens';
import { PRONOUNS } from '../lexicon/speech';
import { ROLE_NOUNS, VOICE_NOUNS } from '../lexicon/speakerNouns';
import { phraseEndingAt, type PhraseContext, type SpeakerPhrase } from './speakerPhrase';
import { DETERMINERS } from '../lexicon/grammar';

/** After "X's": "lawyer, Miruru Waweru" gives the person named; "lawyer" alone the role. */
function possessed(ctx: PhraseContext, from: number, ceiling: number): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  for (let k = from; k < Math.min(ceiling, from + 4); k++) {
    if (tokens[k]?.text !== ',') continue;
    const named = ctx.mentionAt[k + 1] ?? -1;
    if (named >= 0 && ctx.isPerson?.(k + 1)) {
      let last = k + 1;
      while (last < ceiling && ctx.mentionAt[last] === named) last++;
      return { kind: 'mention', mention: named, first: k + 1, last };
    }
    return phraseEndingAt(ctx, k - 1, from);
  }
  return undefined;
}

/** The speaker phrase right after token `verb` in an inversion: `"…," said Ana Ribeiro`. */
export function speakerAfter(
  ctx: PhraseContext,
  verb: number,
  ceiling: number,
): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  let j = verb + 1;
  while (
    j < ceiling &&
    DETERMINERS.has(tokens[j]?.text.toLowerCase() ?? '') &&
    (ctx.mentionAt[j] ?? -1) < 0
  )
    j++;
  if (j >= ceiling) return undefined;
  const person = personAhead(ctx, j, ceiling);
  if (person) return person;
  // "according to Saudi Arabia's Civil Defense Authority", "says Nairobi-based economist X": the
  // place is a modifier.
  if (ctx.isPlace?.(j)) {
    let after = j;
    while (after < ceiling && ctx.mentionAt[after] === ctx.mentionAt[j]) after++;
    if (/^['’]s$/.test(tokens[after]?.text ?? '')) j = after + 1;
    else if (tokens[after]?.text === '-' && tokens[after + 1]?.word) j = after + 2;
  }
  const mention = ctx.mentionAt[j] ?? -1;
  if (mention >= 0) {
    if (ctx.isPlace?.(j)) return undefined;
    let last = j;
    while (last < ceiling && ctx.mentionAt[last] === mention) last++;
    const possessor = /^['’]s$/.test(tokens[last]?.text ?? '');
    // "according to WHO's statistics", "according to NDRRMC report": the body whose figures or
    // words they are.
    if (carriesItsWords(ctx, possessor ? last + 1 : last, ceiling))
      return { kind: 'mention', mention, first: j, last };
    // "said Aukot's lawyer, Miruru Waweru": the possessor does not speak; the one named does.
    // "writes Huber's longtime partner Erick Rowan": the person named after the description.
    // "according to the University of Calgary's Centre for Marine Studies": the body it owns.
    if (possessor)
      return (
        possessed(ctx, last + 1, ceiling) ??
        personAhead(ctx, last + 1, ceiling) ??
        bodyAt(ctx, last + 1, ceiling) ??
        // "according to Google's chief executive,": the role, whoever holds it.
        (ceiling - last <= 4 ? phraseEndingAt(ctx, ceiling - 1, last + 1) : undefined)
      );
    return { kind: 'mention', mention, first: j, last };
  }
  // Titles or roles before a name: "said Finance Minister Ana Ribeiro", "said the country's minister".
  for (let k = j; k < Math.min(ceiling, j + 6); k++) {
    const at = ctx.mentionAt[k] ?? -1;
    if (at >= 0 && ctx.isPlace?.(k)) continue;
    if (at >= 0) {
      let last = k;
      while (last < ceiling && ctx.mentionAt[last] === at) last++;
      return { kind: 'mention', mention: at, first: j, last };
    }
    const text = tokens[k]?.text ?? '';
    if (text === ',' || text === '.' || !tokens[k]?.word) {
      // "said his father, Abdullah Kurdi,": the role, then the person who holds it.
      if (text === ',' && k > j) {
        const named = possessed(ctx, k, ceiling);
        if (named?.kind === 'mention' && named.first === k + 1) return named;
      }
      return phraseEndingAt(ctx, k - 1, j) ?? undefined;
    }
    // Only titles, roles, determiners and possessives stand between the verb and the name.
    const lower = text.toLowerCase();
    if (
      !/^(the|a|an|its|his|her|their|['’]s)$/.test(lower) &&
      !ROLE_NOUNS.has(lower) &&
      !isCapitalised(text)
    ) {
      if (
        !/^(chief|senior|deputy|former|acting|general|executive|vice|prime|foreign|finance)$/.test(
          lower,
        )
      ) {
        // "according to local media,": a short phrase that ends at the ceiling.
        return (
          phraseEndingAt(ctx, k, j) ??
          (ceiling - j <= 4 ? phraseEndingAt(ctx, ceiling - 1, j) : undefined)
        );
      }
    }
  }
  const lower = tokens[j]?.text.toLowerCase() ?? '';
  if (PRONOUNS[lower]) return { kind: 'pronoun', word: lower, first: j, last: j + 1 };
  return undefined;
}

/** An organisation named from token `at` (not a person or a place), before `ceiling`. */
function bodyAt(ctx: PhraseContext, at: number, ceiling: number): SpeakerPhrase | undefined {
  const mention = ctx.mentionAt[at] ?? -1;
  if (mention < 0 || ctx.isPerson?.(at) || ctx.isPlace?.(at)) return undefined;
  let last = at;
  while (last < ceiling && ctx.mentionAt[last] === mention) last++;
  return { kind: 'mention', mention, first: at, last };
}

/** A thing that carries someone's words ("statistics", "latest report") ends the phrase at `from`. */
function carriesItsWords(ctx: PhraseContext, from: number, ceiling: number): boolean {
  const { tokens } = ctx.doc;
  let k = from;
  if (
    /^(latest|own|official|new|final|annual|weekly|daily|situational)$/i.test(tokens[k]?.text ?? '')
  )
    k++;
  if (!VOICE_NOUNS.has(tokens[k]?.text.toLowerCase() ?? '') || k >= ceiling) return false;
  const next = tokens[k + 1]?.text ?? ',';
  return k + 1 >= ceiling || /^(on|in|from|of|,|\.)$/i.test(next);
}

/** Words that end the speaker's phrase after the verb: a new clause or a coordinated phrase. */
const PHRASE_BREAK =
  /^(that|which|who|whom|whose|and|or|but|to|is|was|were|are|has|had|have|in|on|at|after|before|when|while|because|as|if|during|from|with)$/i;

/**
 * A person named within the next words after the verb, behind the title, role, description,
 * place or body that qualifies them: "said Santa Barbara County Sheriff Bill Brown", "wrote
 * student protester Joshua Wong", "said study co-author Karen Alley", "according to Rutgers
 * University political scholar Kelly Dittmar". Punctuation or a new clause ends the search.
 */
function personAhead(ctx: PhraseContext, from: number, ceiling: number): SpeakerPhrase | undefined {
  const { tokens } = ctx.doc;
  for (let k = from; k < Math.min(ceiling, from + 9); k++) {
    const at = ctx.mentionAt[k] ?? -1;
    if (at >= 0) {
      let last = k;
      while (last < ceiling && ctx.mentionAt[last] === at) last++;
      // "said Aukot's lawyer, Miruru Waweru": the possessor does not speak.
      const possessor = /^['’]s$/.test(tokens[last]?.text ?? '');
      if (ctx.isPerson?.(k) && !possessor)
        return { kind: 'mention', mention: at, first: from, last };
      if (possessor) return undefined;
      k = last - 1;
      continue;
    }
    const token = tokens[k];
    if (!token) return undefined;
    // "the Crown prosecutor, Mark Tedeschi,": a comma before the name the role stands for.
    if (token.text === ',' && k > from && ctx.isPerson?.(k + 1)) continue;
    if (!token.word && !/^(['’]s|-)$/.test(token.text)) return undefined;
    if (PHRASE_BREAK.test(token.text)) return undefined;
    // "announced the death of cosmonaut X": "of" after a thing, not after a role ("head of").
    const previous = tokens[k - 1]?.text ?? '';
    if (token.text === 'of' && /^\p{Ll}+$/u.test(previous) && !ROLE_NOUNS.has(previous))
      return undefined;
  }
  return undefined;
}

/**
 * A verb at `verb` in the passive ("was told by X", "has been described by X"): `passive` says
 * so, and `agent` is who comes after "by" (up to `ceiling`), the one who spoke; the subject was
 * spoken to or about.
 */
export function passiveAgent(
  ctx: PhraseContext,
  verb: number,
  ceiling: number,
): { passive: boolean; agent?: SpeakerPhrase } {
  const { tokens } = ctx.doc;
  if (!/^(was|were|been|being|is|are|be)$/i.test(tokens[verb - 1]?.text ?? ''))
    return { passive: false };
  if (tokens[verb + 1]?.text.toLowerCase() !== 'by') return { passive: true };
  const agent = speakerAfter(ctx, verb + 1, ceiling);
  return agent ? { passive: true, agent } : { passive: true };
}
