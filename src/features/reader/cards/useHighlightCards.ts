import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Entity, Quote } from '@/core/schema';
import { positionBelow, type CardState } from './cardState';

/** How long a hover card lingers after the pointer leaves, so the pointer can reach its link. */
const LINGER_MS = 250;

/**
 * The card beside the highlights: a preview of a quote's speaker on hover or focus, and a pinned
 * card (quote or entity) on click, tap or Enter. Esc or a click elsewhere closes a pinned card;
 * Esc returns focus to the highlight it belongs to.
 */
export function useHighlightCards(container: RefObject<HTMLElement | null>, resetKey: string) {
  // A card belongs to the highlights drawn when it opened: a change of `resetKey` (the layers)
  // may remove its highlight, so the card is dropped with it.
  const [opened, setOpened] = useState<{ card: CardState | null; key: string }>({
    card: null,
    key: resetKey,
  });
  const card = opened.key === resetKey ? opened.card : null;
  const setCard = useCallback(
    (update: CardState | null | ((current: CardState | null) => CardState | null)) => {
      setOpened((state) => {
        const current = state.key === resetKey ? state.card : null;
        return { card: typeof update === 'function' ? update(current) : update, key: resetKey };
      });
    },
    [resetKey],
  );
  const cardRef = useRef<HTMLDivElement | null>(null);
  const lingerTimer = useRef<number | undefined>(undefined);
  // The highlight focus returns to after Esc: that focus must not reopen its preview.
  const refocused = useRef<HTMLElement | null>(null);

  const cancelClose = useCallback(() => window.clearTimeout(lingerTimer.current), []);
  const close = useCallback(() => {
    cancelClose();
    setCard(null);
  }, [cancelClose, setCard]);
  const closeSoon = useCallback(() => {
    cancelClose();
    lingerTimer.current = window.setTimeout(
      () => setCard((current) => (current && !current.pinned ? null : current)),
      LINGER_MS,
    );
  }, [cancelClose, setCard]);

  const previewQuote = useCallback(
    (quote: Quote, anchor: HTMLElement) => {
      const frame = container.current;
      if (!frame) return;
      if (refocused.current === anchor) {
        refocused.current = null;
        return;
      }
      cancelClose();
      setCard((current) => {
        if (current?.pinned) return current;
        if (current?.kind === 'quote' && current.anchor === anchor) return current;
        return {
          kind: 'quote',
          quote,
          anchor,
          position: positionBelow(anchor, frame),
          pinned: false,
        };
      });
    },
    [container, cancelClose, setCard],
  );

  const pinQuote = useCallback(
    (quote: Quote, anchor: HTMLElement) => {
      const frame = container.current;
      if (!frame) return;
      cancelClose();
      setCard({
        kind: 'quote',
        quote,
        anchor,
        position: positionBelow(anchor, frame),
        pinned: true,
      });
    },
    [container, cancelClose, setCard],
  );

  const pinEntity = useCallback(
    (entity: Entity, anchor: HTMLElement) => {
      const frame = container.current;
      if (!frame) return;
      cancelClose();
      setCard({
        kind: 'entity',
        entity,
        anchor,
        position: positionBelow(anchor, frame),
        pinned: true,
      });
    },
    [container, cancelClose, setCard],
  );

  const closeAndRefocus = useCallback(() => {
    const anchor = card?.pinned ? card.anchor : null;
    close();
    refocused.current = anchor;
    anchor?.focus({ preventScroll: true });
    // If the highlight already had focus no focus event comes: forget it after this turn.
    window.setTimeout(() => (refocused.current = null), 0);
  }, [card, close]);

  // A pinned card takes focus so its link is one Tab away.
  const pinned = card?.pinned ?? false;
  useEffect(() => {
    if (pinned) cardRef.current?.focus({ preventScroll: true });
  }, [pinned, card]);

  useEffect(() => {
    if (!card) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      closeAndRefocus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!card.pinned || !target) return;
      if (cardRef.current?.contains(target) || card.anchor.contains(target)) return;
      close();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [card, close, closeAndRefocus]);

  useEffect(() => cancelClose, [cancelClose]);

  return {
    card,
    cardRef,
    previewQuote,
    pinQuote,
    pinEntity,
    close,
    closeAndRefocus,
    closeSoon,
    cancelClose,
  };
}
