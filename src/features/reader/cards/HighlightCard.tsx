import { useQuery } from '@tanstack/react-query';
import type { ReactNode, Ref } from 'react';
import { X } from '@/components/icons/X';
import type { Entity, Quote } from '@/core/schema';
import { EntityTypeIcon, ENTITY_TYPE_LABELS } from '@/components/ui/EntityTypeIcon';
import { entityQueries } from '@/lib/queries/entityQueries';
import { EntityPageLink } from '../links/EntityPageLink';
import { CARD_WIDTH, type CardState } from './cardState';

const KIND_LABELS: Record<Quote['kind'], string> = {
  direct: 'Direct quote',
  mixed: 'Partly quoted speech',
  indirect: 'Reported speech',
};

interface HighlightCardProps {
  card: CardState;
  entitiesById: Map<string, Entity>;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  ref?: Ref<HTMLDivElement>;
}

function times(count: number, one: string, many: string) {
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

/** Corpus-wide figures for an entity, fetched when its card opens (quiet while loading). */
function CorpusFigures({ id }: { id: string }) {
  const { data } = useQuery(entityQueries.detail(id));
  if (!data) return null;
  const quoted =
    data.quotes.length > 0 ? `, quoted ${times(data.quotes.length, 'time', 'times')}` : '';
  return (
    <p className="text-muted">
      In {times(data.articles.length, 'article', 'articles')} across the corpus{quoted}.
    </p>
  );
}

function QuoteCardBody({ quote, entity }: { quote: Quote; entity: Entity | undefined }) {
  const name = entity?.name ?? quote.speaker?.name;
  return (
    <>
      <p className="text-xs font-semibold tracking-[0.1em] text-muted uppercase">
        {KIND_LABELS[quote.kind]}
      </p>
      {quote.speaker && name ? (
        <>
          <p className="mt-1 font-serif text-lg leading-snug font-semibold">{name}</p>
          {entity?.role ? <p className="text-muted">{entity.role}</p> : null}
          <EntityPageLink
            id={quote.speaker.entityId}
            className="mt-2 inline-block font-medium text-accent underline underline-offset-2"
          >
            All quotes by {name}
          </EntityPageLink>
        </>
      ) : (
        <p className="mt-1 text-muted">The speaker of this quote was not identified.</p>
      )}
    </>
  );
}

function EntityCardBody({ entity }: { entity: Entity }) {
  const mentions = entity.mentions.length;
  return (
    <>
      <p className="flex items-center gap-1 text-xs font-semibold tracking-[0.1em] text-muted uppercase">
        <EntityTypeIcon type={entity.type} className="size-3.5" />
        {ENTITY_TYPE_LABELS[entity.type]}
      </p>
      <p className="mt-1 font-serif text-lg leading-snug font-semibold">{entity.name}</p>
      {entity.role ? <p className="text-muted">{entity.role}</p> : null}
      {entity.aliases.length > 0 ? (
        <p className="mt-1">
          <span className="text-muted">Also called </span>
          {entity.aliases.join(', ')}
        </p>
      ) : null}
      <p className="mt-1">Mentioned {times(mentions, 'time', 'times')} in this article.</p>
      <CorpusFigures id={entity.id} />
      <EntityPageLink
        id={entity.id}
        className="mt-2 inline-block font-medium text-accent underline underline-offset-2"
      >
        Everything about {entity.name}
      </EntityPageLink>
    </>
  );
}

/** A small non-modal card beside a highlight: a quote's speaker or an entity's details. */
export function HighlightCard({
  card,
  entitiesById,
  onClose,
  onPointerEnter,
  onPointerLeave,
  ref,
}: HighlightCardProps) {
  let content: ReactNode;
  let label: string;
  if (card.kind === 'quote') {
    const speaker = card.quote.speaker ? entitiesById.get(card.quote.speaker.entityId) : undefined;
    label = `Speaker: ${speaker?.name ?? card.quote.speaker?.name ?? 'unknown'}`;
    content = <QuoteCardBody quote={card.quote} entity={speaker} />;
  } else {
    label = `${ENTITY_TYPE_LABELS[card.entity.type]}: ${card.entity.name}`;
    content = <EntityCardBody entity={card.entity} />;
  }
  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      data-highlight-card={card.kind}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
      style={{ top: card.position.top, left: card.position.left, maxWidth: CARD_WIDTH }}
      className="absolute z-20 w-max min-w-48 rounded-md border border-rule bg-surface p-4 pr-9 font-sans text-sm leading-normal text-ink shadow-lg"
    >
      <button
        type="button"
        onClick={onClose}
        aria-label="Close card"
        className="absolute top-2 right-2 rounded p-1 text-muted hover:text-ink"
      >
        <X aria-hidden="true" className="size-4" />
      </button>
      {content}
    </div>
  );
}
