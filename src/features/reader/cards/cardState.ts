import type { Entity, Quote } from '@/core/schema';

/** Where a card sits, in pixels from the top-left of the body's positioned wrapper. */
export interface CardPosition {
  top: number;
  left: number;
}

/** The open card: a quote's speaker, or an entity. `pinned` cards stay until closed. */
export type CardState =
  | { kind: 'quote'; quote: Quote; anchor: HTMLElement; position: CardPosition; pinned: boolean }
  | { kind: 'entity'; entity: Entity; anchor: HTMLElement; position: CardPosition; pinned: true };

/** Card width in pixels (also its max-width in CSS), used to keep it inside the column. */
export const CARD_WIDTH = 304;
const GAP = 6;

/**
 * Places a card just below the highlight it belongs to (below its last line, so a quote that
 * wraps is never covered while it is read), kept inside the container horizontally.
 * Measured once when the card opens (in the event handler, not during render).
 */
export function positionBelow(anchor: HTMLElement, container: HTMLElement): CardPosition {
  const box = anchor.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  const lines = anchor.getClientRects();
  const lastLine = lines[lines.length - 1] ?? box;
  const maxLeft = Math.max(0, frame.width - Math.min(CARD_WIDTH, frame.width));
  return {
    top: box.bottom - frame.top + GAP,
    left: Math.min(Math.max(0, lastLine.left - frame.left), maxLeft),
  };
}
