/**
 * Speakers named after their quotation: corrections resolveSpeakers applies once every quote has
 * its first guess, because they need the quotes that follow.
 */
import type { Cluster } from '../entities/types';
import type { ResolvedQuote } from './types';

/**
 * A paragraph that opens with a quotation nobody is named for and then names a speaker (`"The
 * river rose in minutes." Aslam Khan, a shopkeeper, said he had never seen such water.`): the
 * person named in the paragraph's next attribution said it too, rather than whoever spoke last in
 * an earlier paragraph. Only a name counts there, not a pronoun or a role, which point back.
 */
export function attributeForwards(resolved: ResolvedQuote[]): void {
  for (let i = 0; i < resolved.length; i++) {
    const quote = resolved[i] as ResolvedQuote;
    const previous = resolved[i - 1];
    const next = resolved[i + 1];
    if (quote.kind !== 'direct' || quote.speaker || quote.inherit === 'continuation') continue;
    // A speaker earlier in the paragraph carries on ("X said. "…""); a nameless one does not.
    if (previous?.paragraph === quote.paragraph && previous.speakerCluster) continue;
    if (next?.paragraph !== quote.paragraph) continue;
    if (next.speaker?.kind === 'mention' && next.speakerCluster?.type === 'person')
      quote.speakerCluster = next.speakerCluster;
  }
}

/**
 * A quotation over several paragraphs is often attributed only in its last one (`"A.` ¶ `"B," X
 * said.`): the speaker found there is the speaker of every earlier paragraph of the quotation that
 * names no speaker of its own (what the forward pass guessed for them is overridden).
 */
export function attributeBackwards(resolved: ResolvedQuote[]): void {
  const attributed = new Set<number>();
  for (const quote of resolved) if (quote.speaker) attributed.add(quote.paragraph);
  let pending: { paragraph: number; cluster: Cluster | undefined } | undefined;
  for (let i = resolved.length - 1; i >= 0; i--) {
    const quote = resolved[i] as ResolvedQuote;
    if (pending && quote.paragraph !== pending.paragraph) pending = undefined;
    if (pending && quote.kind === 'direct' && !attributed.has(quote.paragraph))
      quote.speakerCluster = pending.cluster;
    if (quote.continues)
      pending = { paragraph: quote.paragraph - 1, cluster: quote.speakerCluster };
  }
}
