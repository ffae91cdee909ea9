import type { RefObject } from 'react';
import { useNavigate } from 'react-router-dom';
import { articlePath } from '@/lib/paths';
import type { FeedModel, FeedView } from '../model/feedModel';
import { useFeedShortcuts, type FeedShortcutActions } from './useFeedShortcuts';
import { useShortcutsEnabled } from './useShortcutsEnabled';

interface FeedShortcutsProps {
  model: FeedModel;
  result: FeedView;
  /** The card j/k moved to (-1: none yet). */
  activeIndex: number;
  onActiveIndex: (index: number) => void;
  /** Asks the list to focus the active card. */
  onFocusRequest: () => void;
  searchRef: RefObject<HTMLInputElement | null>;
  onHelp: () => void;
}

/**
 * The feed's keyboard shortcuts as a component, so FeedPage can load them as a chunk of their
 * own right after the first render (it starts loading them with the page). They are on unless
 * the reader switched them off in their help.
 */
export function FeedShortcuts(props: FeedShortcutsProps) {
  const { model, result, activeIndex } = props;
  const [enabled] = useShortcutsEnabled();
  const navigate = useNavigate();
  const move = (step: number) => {
    if (result.total === 0) return;
    props.onActiveIndex(Math.min(result.total - 1, Math.max(0, activeIndex + step)));
    props.onFocusRequest();
  };
  const actions: FeedShortcutActions = {
    next: () => move(1),
    previous: () => move(activeIndex < 0 ? 1 : -1),
    open: (focusedId) => {
      const doc = activeIndex >= 0 ? result.docs[activeIndex] : undefined;
      const id = (doc === undefined ? undefined : model.record(doc)?.id) ?? focusedId;
      if (id) navigate(articlePath(id));
    },
    focusSearch: () => props.searchRef.current?.focus(),
    showHelp: props.onHelp,
  };
  useFeedShortcuts(enabled, actions);
  return null;
}
