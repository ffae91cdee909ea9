import type { KeyboardEvent, MouseEvent } from 'react';
import type { Entity, Quote } from '@/core/schema';
import type { EntityMention } from '@/core/text/segments';

/** What the reader activated, with the element to anchor a card or popover to. */
export type HighlightActivation =
  | { type: 'quote'; quote: Quote; element: HTMLElement }
  | { type: 'entity'; entity: Entity; mention: EntityMention; element: HTMLElement };

/** Click and Enter/Space handlers that call `activate` for this element only (not its parents). */
export function activationHandlers(activate: (element: HTMLElement) => void) {
  return {
    onClick(event: MouseEvent<HTMLElement>) {
      // A drag that selects text is reading, not a request for a card.
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return;
      event.stopPropagation();
      activate(event.currentTarget);
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (event.target !== event.currentTarget) return;
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      activate(event.currentTarget);
    },
  };
}
