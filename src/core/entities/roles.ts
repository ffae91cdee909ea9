/**
 * Roles people hold, from the words around their names: an apposition ("Ana Ribeiro, Brazil's
 * finance minister,") or a lower-case title before the name ("the country's finance minister Ana
 * Ribeiro"). Roles let "the minister said" find its speaker.
 */
import type { Doc } from '../text/document';
import { ROLE_NOUNS } from '../quotes/speakerPhrase';
import { FUNCTION_WORD } from './sentenceStart';
import type { Cluster } from './types';

export function assignRoles(doc: Doc, clusters: Cluster[]): void {
  const { tokens } = doc;
  for (const cluster of clusters) {
    if (cluster.type !== 'person') continue;
    for (const mention of cluster.mentions) {
      const role =
        appositionAfter(doc, mention.last) ??
        titleBefore(doc, mention.first) ??
        (cluster.role ? undefined : capitalisedRoleBefore(doc, mention.first));
      if (role) {
        cluster.role = cluster.role ? `${cluster.role}, ${role}` : role;
        break;
      }
    }
    if (cluster.role) cluster.role = cluster.role.replace(/^(the|a|an)\s+/i, '');
  }
  void tokens;
}

function appositionAfter(doc: Doc, index: number): string | undefined {
  const { tokens } = doc;
  if (tokens[index]?.text !== ',') return undefined;
  let end = index + 1;
  while (end < tokens.length && end - index < 14 && !/^[,.;:!?"“”]$/.test(tokens[end]?.text ?? ''))
    end++;
  const words = tokens.slice(index + 1, end);
  if (words.length === 0 || !words.some((token) => ROLE_NOUNS.has(token.text.toLowerCase())))
    return undefined;
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  // An apposition opens with a determiner or a possessive name: "a professor", "Brazil's minister".
  if (
    !/^(a|an|the|its|his|her|their)$/i.test(first.text) &&
    !words.some((token) => /^['’]s$/.test(token.text))
  ) {
    if (
      !ROLE_NOUNS.has(first.text.toLowerCase()) &&
      !/^(deputy|senior|chief|former|acting|lead|head)$/i.test(first.text)
    )
      return undefined;
  }
  return doc.body.slice(first.start, last.end);
}

/** "Actress Ilse Varga", "Singer Ana Kata": a capitalised role right before the name. */
function capitalisedRoleBefore(doc: Doc, index: number): string | undefined {
  const word = doc.tokens[index - 1];
  return word?.word && ROLE_NOUNS.has(word.text.toLowerCase())
    ? word.text.toLowerCase()
    : undefined;
}

function titleBefore(doc: Doc, index: number): string | undefined {
  const { tokens } = doc;
  let first = index;
  while (first > 0 && index - first < 4) {
    const previous = tokens[first - 1];
    if (!previous?.word || previous.text !== previous.text.toLowerCase()) break;
    first--;
  }
  // "her portrayal of singer Ruth Etting", "and actor X": the role starts after the last small word.
  // But "former archbishop and cardinal" keeps both roles.
  for (let k = index - 1; k >= first; k--) {
    const text = tokens[k]?.text ?? '';
    if (!FUNCTION_WORD.test(text) && text !== 'including') continue;
    const roleBefore = tokens
      .slice(first, k)
      .some((token) => ROLE_NOUNS.has(token.text.toLowerCase()));
    if (text === 'and' && roleBefore) continue;
    first = k + 1;
    break;
  }
  const words = tokens.slice(first, index);
  const roleAt = words.findIndex((token) => ROLE_NOUNS.has(token.text.toLowerCase()));
  if (roleAt < 0) return undefined;
  const head = words[0];
  const tail = words[words.length - 1];
  return head && tail ? doc.body.slice(head.start, tail.end) : undefined;
}
