import { useFeedShortcuts, type FeedShortcutActions } from './useFeedShortcuts';
import { useShortcutsEnabled } from './useShortcutsEnabled';

/**
 * The feed's keyboard shortcuts as a component, so FeedPage can load them as a chunk of their
 * own right after the first render (it starts loading them with the page). They are on unless
 * the reader switched them off in their help.
 */
export function FeedShortcuts({ actions }: { actions: FeedShortcutActions }) {
  const [enabled] = useShortcutsEnabled();
  useFeedShortcuts(enabled, actions);
  return null;
}
