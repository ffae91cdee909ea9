/**
 * Renders feed cards as plain DOM (text nodes only, never HTML strings), the way the feed's
 * first screen would: enough to measure the first render of a list in jsdom.
 */
import type { IndexRecord } from '../../../src/core/schema';
import { topicByCode } from '../../../src/core/topics/mediaTopics';
import { markMatches } from '../../../src/features/feed/model/markMatches';

export interface CardContext {
  personName: (id: string) => string | undefined;
  matchedTerms: ReadonlySet<string> | null;
}

function appendMarked(
  doc: Document,
  parent: Element,
  text: string,
  terms: CardContext['matchedTerms'],
) {
  for (const run of markMatches(text, terms)) {
    if (!run.marked) parent.append(doc.createTextNode(run.text));
    else {
      const mark = doc.createElement('mark');
      mark.textContent = run.text;
      parent.append(mark);
    }
  }
}

function element(doc: Document, tag: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A list of `<article>` cards for `records`, appended to `container`. */
export function renderCards(
  doc: Document,
  container: Element,
  records: readonly IndexRecord[],
  context: CardContext,
): void {
  const list = element(doc, 'ol');
  for (const record of records) {
    const card = element(doc, 'article');
    const heading = element(doc, 'h2');
    const link = element(doc, 'a');
    link.setAttribute('href', `/articles/${encodeURIComponent(record.id)}`);
    appendMarked(doc, link, record.title, context.matchedTerms);
    heading.append(link);
    const meta = element(doc, 'p', `${record.source} · ${record.published.slice(0, 10)}`);
    const countries = element(doc, 'ul');
    for (const code of record.about) countries.append(element(doc, 'li', code));
    const topics = element(doc, 'ul');
    for (const code of record.topics)
      topics.append(element(doc, 'li', topicByCode(code)?.label ?? code));
    const speakers = element(doc, 'p');
    appendMarked(
      doc,
      speakers,
      record.people
        .slice(0, 3)
        .map((id) => context.personName(id) ?? id)
        .join(', '),
      context.matchedTerms,
    );
    const quotes = element(doc, 'p', `${record.quoteCount} quotes`);
    const excerpt = element(doc, 'p');
    appendMarked(doc, excerpt, record.excerpt, context.matchedTerms);
    card.append(heading, meta, countries, topics, speakers, quotes, excerpt);
    const item = element(doc, 'li');
    item.append(card);
    list.append(item);
  }
  container.append(list);
}
