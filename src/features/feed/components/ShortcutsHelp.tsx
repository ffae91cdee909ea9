import { ShortcutList } from '@/components/ui/ShortcutList';
import { useShortcutsEnabled } from '../state/useShortcutsEnabled';

const SHORTCUTS = [
  { keys: ['j'], action: 'Next article' },
  { keys: ['k'], action: 'Previous article' },
  { keys: ['o', 'Enter'], action: 'Open the selected article' },
  { keys: ['/'], action: 'Search' },
  { keys: ['?'], action: 'Show these shortcuts' },
  { keys: ['Esc'], action: 'Close this panel' },
] as const;

/** The list of keyboard shortcuts and the switch that turns them off. */
export function ShortcutsHelp() {
  const [enabled, onEnabledChange] = useShortcutsEnabled();
  return (
    <div className="space-y-4">
      <ShortcutList shortcuts={SHORTCUTS} />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          onChange={(event) => onEnabledChange(event.target.checked)}
          className="size-4 accent-[var(--accent)]"
        />
        Single-key shortcuts on
      </label>
      <p className="text-sm text-muted">
        Switch them off if they get in the way of your screen reader or voice control. This panel
        stays available from the “Keyboard shortcuts” button.
      </p>
    </div>
  );
}
