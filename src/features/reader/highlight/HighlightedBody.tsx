import { useEffect, useMemo } from 'react';
import type { AnnotatedArticle } from '@/core/schema';
import { entityMentions, segmentBody, type DroppedSpan } from '@/core/text/segments';
import type { HighlightActivation } from './activation';
import { renderNodes, type HighlightContext } from './HighlightNodes';
import { ALL_LAYERS, type HighlightLayers } from './layers';
import { paragraphNodes } from './renderTree';
import { speakerColours } from './speakerColours';
import './highlight.css';

export interface HighlightedBodyProps {
  article: Pick<AnnotatedArticle, 'id' | 'body' | 'quotes' | 'entities'>;
  /** Layers drawn; all on by default. */
  layers?: HighlightLayers;
  /** Speaker entity id chosen in the who-said-what panel: other speakers' quotes are dimmed. */
  activeSpeakerId?: string | null;
  /** Quote to mark as current (aria-current and an outline), e.g. the one reached with n/p. */
  activeQuoteId?: string | null;
  /** Called when a quote or an entity is clicked or activated with Enter/Space. */
  onActivate?: (activation: HighlightActivation) => void;
  className?: string;
}

/** Articles whose dropped spans were already logged: log once per article, not per render. */
const loggedArticles = new WeakSet<object>();

function logDropped(articleId: string, dropped: DroppedSpan[]) {
  console.warn(
    `Broadsheet: dropped ${dropped.length} invalid annotation span(s) in article "${articleId}"`,
    dropped,
  );
}

/** Items by id; the first wins, as in the core's validation of duplicate quote ids. */
function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

/**
 * The article body, one <p> per paragraph, with quotes and entities highlighted inline.
 * The text is always rendered as text: highlighting never adds, drops or reorders characters.
 */
export function HighlightedBody({
  article,
  layers = ALL_LAYERS,
  activeSpeakerId = null,
  activeQuoteId = null,
  onActivate,
  className,
}: HighlightedBodyProps) {
  const { quotes: showQuotes, person, organization, location } = layers;
  const mentions = useMemo(() => entityMentions(article.entities), [article.entities]);
  const complete = useMemo(
    () => segmentBody(article.body, article.quotes, mentions),
    [article.body, article.quotes, mentions],
  );
  const visible = useMemo(() => {
    if (showQuotes && person && organization && location) return complete;
    const shown = { person, organization, location };
    const shownMentions = mentions.filter((mention) => shown[mention.type]);
    return segmentBody(article.body, showQuotes ? article.quotes : [], shownMentions);
  }, [
    complete,
    article.body,
    article.quotes,
    mentions,
    showQuotes,
    person,
    organization,
    location,
  ]);

  useEffect(() => {
    if (complete.dropped.length === 0 || loggedArticles.has(article)) return;
    loggedArticles.add(article);
    logDropped(article.id, complete.dropped);
  }, [article, complete]);

  const colours = useMemo(() => speakerColours(article), [article]);
  const quotesById = useMemo(() => firstById(article.quotes), [article.quotes]);
  const entitiesById = useMemo(() => firstById(article.entities), [article.entities]);
  const context: HighlightContext = {
    body: article.body,
    quotesById,
    entitiesById,
    colours,
    activeSpeakerId,
    activeQuoteId,
    onActivate,
  };
  const seenQuotes = new Set<string>();

  return (
    <div className={className} data-highlighted-body="">
      {visible.paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {renderNodes(paragraphNodes(paragraph.segments, seenQuotes), context)}
        </p>
      ))}
    </div>
  );
}
