import { useEffect, useRef } from 'react';
import { isShortcutPress } from '@/lib/keyboard';

export interface FeedShortcutActions {
  next: () => void;
  previous: () => void;
  /** Opens the active card, else the card that has focus (its id, when one has). */
  open: (focusedArticleId: string | null) => void;
  focusSearch: () => void;
  showHelp: () => void;
}

/**
 * The feed's single-key shortcuts: j/k move between cards, o or Enter opens, / focuses the
 * search, ? lists them. Off while typing, with a modifier held, inside a dialog, or when the
 * reader switched shortcuts off.
 */
export function useFeedShortcuts(enabled: boolean, actions: FeedShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutPress(event)) return;
      const focusedCard =
        event.target instanceof HTMLElement && event.target.matches('article[data-article-id]')
          ? (event.target.dataset.articleId ?? null)
          : null;
      const run: Record<string, (() => void) | undefined> = {
        j: latest.current.next,
        k: latest.current.previous,
        o: () => latest.current.open(focusedCard),
        '/': latest.current.focusSearch,
        '?': latest.current.showHelp,
        // Enter opens only from a focused card: elsewhere it belongs to links and buttons.
        Enter: focusedCard ? () => latest.current.open(focusedCard) : undefined,
      };
      const action = run[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
