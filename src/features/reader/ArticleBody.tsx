import {
  memo,
  useMemo,
  type CSSProperties,
  type FocusEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import type { AnnotatedArticle, Quote } from '@/core/schema';
import { HighlightCard } from './cards/HighlightCard';
import { useHighlightCards } from './cards/useHighlightCards';
import { HighlightedBody } from './highlight/HighlightedBody';
import type { HighlightLayers } from './highlight/layers';
import { serializeLayers } from './layers/layerParams';

interface ArticleBodyProps {
  article: AnnotatedArticle;
  layers: HighlightLayers;
  activeSpeakerId: string | null;
  activeQuoteId: string | null;
  /** A quote was activated in the body (click, tap, Enter): it becomes the current quote. */
  onQuoteActivated: (quoteId: string) => void;
  bodyRef: RefObject<HTMLDivElement | null>;
  textStyle: CSSProperties;
}

/** The quote highlight an event happened in, if any. */
function quoteMarkOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('mark[data-quote-id]') : null;
}

/**
 * The highlighted body with its cards: hovering or focusing a quote previews its speaker;
 * clicking, tapping or pressing Enter on a quote or an entity pins a card with a link.
 * Memoised: the reader re-renders when the feed's records arrive (neighbours, related
 * articles), and drawing the body again is most of a render's cost on a long article.
 */
export const ArticleBody = memo(function ArticleBody(props: ArticleBodyProps) {
  const { article, layers, activeSpeakerId, activeQuoteId, onQuoteActivated, bodyRef, textStyle } =
    props;
  const {
    card,
    cardRef,
    previewQuote,
    pinQuote,
    pinEntity,
    closeAndRefocus,
    closeSoon,
    cancelClose,
  } = useHighlightCards(bodyRef, serializeLayers(layers));
  const quotesById = useMemo(() => {
    const byId = new Map<string, Quote>();
    for (const quote of article.quotes) if (!byId.has(quote.id)) byId.set(quote.id, quote);
    return byId;
  }, [article.quotes]);
  const entitiesById = useMemo(
    () => new Map(article.entities.map((entity) => [entity.id, entity])),
    [article.entities],
  );

  const preview = (target: EventTarget | null) => {
    const mark = quoteMarkOf(target);
    const quote = mark ? quotesById.get(mark.dataset.quoteId ?? '') : undefined;
    if (mark && quote) previewQuote(quote, mark);
  };
  const leave = (event: MouseEvent | FocusEvent, related: EventTarget | null) => {
    const mark = quoteMarkOf(event.target);
    if (!mark || (related instanceof Node && mark.contains(related))) return;
    if (related instanceof Node && cardRef.current?.contains(related)) return;
    closeSoon();
  };

  return (
    <div
      ref={bodyRef}
      className="relative"
      style={{ maxWidth: textStyle.maxWidth }}
      onMouseOver={(event) => preview(event.target)}
      onMouseOut={(event) => leave(event, event.relatedTarget)}
      onFocus={(event) => preview(event.target)}
      onBlur={(event) => leave(event, event.relatedTarget)}
    >
      <div
        className="reader-text"
        style={{ fontFamily: textStyle.fontFamily, fontSize: textStyle.fontSize }}
      >
        <HighlightedBody
          article={article}
          layers={layers}
          activeSpeakerId={activeSpeakerId}
          activeQuoteId={activeQuoteId}
          onActivate={(activation) => {
            if (activation.type === 'quote') {
              onQuoteActivated(activation.quote.id);
              pinQuote(activation.quote, activation.element);
            } else {
              pinEntity(activation.entity, activation.element);
            }
          }}
          className="space-y-[1em] leading-[1.7]"
        />
      </div>
      {card ? (
        <HighlightCard
          ref={cardRef}
          card={card}
          entitiesById={entitiesById}
          onClose={closeAndRefocus}
          onPointerEnter={cancelClose}
          onPointerLeave={closeSoon}
        />
      ) : null}
    </div>
  );
});
