import { useShortcutsEnabled } from '../state/useShortcutsEnabled';

const SHORTCUTS = [
  ['j', 'Next article'],
  ['k', 'Previous article'],
  ['o or Enter', 'Open the selected article'],
  ['/', 'Search'],
  ['?', 'Show these shortcuts'],
  ['Esc', 'Close this panel'],
] as const;

/** The list of keyboard shortcuts and the switch that turns them off. */
export function ShortcutsHelp() {
  const [enabled, onEnabledChange] = useShortcutsEnabled();
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={keys} className="contents">
            <dt>
              {keys.split(' or ').map((key, position) => (
                <span key={key}>
                  {position > 0 ? ' or ' : null}
                  <kbd className="rounded border border-rule bg-surface px-1.5 py-0.5 font-mono text-xs">
                    {key}
                  </kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
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
