/**
 * "The German government", "the UK government": a country's government named by its demonym or
 * its name is a body of its own, which speaks ("the Saudi government said …"); the demonym or the
 * country's name alone would make the country the speaker, or no one. For the first pass.
 */
import type { Doc } from '../text/document';
import type { Mention } from './types';

const GOVERNMENT = /^(government|cabinet)$/;

export function withGovernments(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.map((mention) => {
    const next = doc.tokens[mention.last];
    // "the Seoul government" too: a city's or a region's.
    const national = mention.type === 'demonym' || mention.type === 'location';
    if (!national || !next || !GOVERNMENT.test(next.text)) return mention;
    return {
      first: mention.first,
      last: mention.last + 1,
      start: mention.start,
      end: next.end,
      text: doc.body.slice(mention.start, next.end),
      type: 'organization',
      cued: true,
    };
  });
}
