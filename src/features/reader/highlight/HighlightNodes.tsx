import type { CSSProperties, ReactNode } from 'react';
import type { Entity, Quote, QuoteKind } from '@/core/schema';
import { EntityTypeIcon, ENTITY_TYPE_LABELS } from '@/components/ui/EntityTypeIcon';
import { activationHandlers, type HighlightActivation } from './activation';
import type { HighlightNode } from './renderTree';
import { speakerColour } from './speakerColours';

/** Everything the nodes of one article need, resolved once per render of the body. */
export interface HighlightContext {
  body: string;
  quotesById: Map<string, Quote>;
  entitiesById: Map<string, Entity>;
  colours: Map<string, number>;
  activeSpeakerId: string | null;
  activeQuoteId: string | null;
  onActivate: ((activation: HighlightActivation) => void) | undefined;
}

const KIND_LABELS: Record<QuoteKind, string> = {
  direct: 'Direct quote',
  mixed: 'Partly quoted speech',
  indirect: 'Reported speech',
};

/** The speaker's canonical name: the entity's name when the article knows it. */
export function speakerName(quote: Pick<Quote, 'speaker'>, entitiesById: Map<string, Entity>) {
  if (!quote.speaker) return '';
  return entitiesById.get(quote.speaker.entityId)?.name ?? quote.speaker.name;
}

export function renderNodes(
  nodes: readonly HighlightNode[],
  context: HighlightContext,
): ReactNode[] {
  return nodes.map((node) => {
    if (node.kind === 'text') return node.text;
    if (node.kind === 'quote') return <QuoteMark key={node.key} node={node} context={context} />;
    return <EntityMark key={node.key} node={node} context={context} />;
  });
}

function QuoteMark(props: {
  node: Extract<HighlightNode, { kind: 'quote' }>;
  context: HighlightContext;
}) {
  const { node, context } = props;
  const quote = context.quotesById.get(node.quote.id);
  if (!quote) return <>{renderNodes(node.children, context)}</>;
  const name = speakerName(quote, context.entitiesById);
  const label = `${KIND_LABELS[quote.kind]} by ${name || 'an unknown speaker'}`;
  const dimmed =
    context.activeSpeakerId !== null && quote.speaker?.entityId !== context.activeSpeakerId;
  const style = { '--speaker': speakerColour(context.colours, quote) } as CSSProperties;
  const handlers = activationHandlers((element) =>
    context.onActivate?.({ type: 'quote', quote, element }),
  );
  return (
    <mark
      className="hl-quote"
      data-quote-id={quote.id}
      data-kind={quote.kind}
      data-speaker={name}
      data-dimmed={dimmed ? 'true' : undefined}
      data-continued={node.firstPiece ? undefined : 'true'}
      role="group"
      aria-roledescription="quote"
      aria-label={label}
      aria-current={context.activeQuoteId === quote.id ? 'true' : undefined}
      title={label}
      // Only the first piece of a quote cut by a paragraph break is a tab stop.
      tabIndex={node.firstPiece ? 0 : -1}
      style={style}
      {...handlers}
    >
      {renderNodes(node.children, context)}
    </mark>
  );
}

function EntityMark(props: {
  node: Extract<HighlightNode, { kind: 'entity' }>;
  context: HighlightContext;
}) {
  const { node, context } = props;
  const { mention } = node;
  const entity = context.entitiesById.get(mention.entityId);
  // A mention nested in another (a place inside an organisation's name) is clickable but not a
  // separate tab stop: a button inside a button is not allowed.
  const interactive = node.depth === 0;
  const text = context.body.slice(mention.start, mention.end);
  const handlers = activationHandlers((element) => {
    if (entity) context.onActivate?.({ type: 'entity', entity, mention, element });
  });
  return (
    <span
      className="hl-entity"
      data-entity-id={mention.entityId}
      data-entity-type={mention.type}
      role={interactive ? 'button' : undefined}
      tabIndex={interactive ? 0 : undefined}
      aria-label={interactive ? `${text} (${ENTITY_TYPE_LABELS[mention.type]})` : undefined}
      {...handlers}
    >
      <EntityTypeIcon type={mention.type} className="hl-entity-icon" />
      {renderNodes(node.children, context)}
    </span>
  );
}
