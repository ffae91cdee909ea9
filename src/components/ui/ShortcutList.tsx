export interface Shortcut {
  /** Keys that do the same thing, shown "o or Enter". */
  keys: readonly string[];
  action: string;
}

/** A page's keyboard shortcuts as a list of keys and what each does. */
export function ShortcutList({ shortcuts }: { shortcuts: readonly Shortcut[] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      {shortcuts.map(({ keys, action }) => (
        <div key={action} className="contents">
          <dt>
            {keys.map((key, position) => (
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
  );
}
