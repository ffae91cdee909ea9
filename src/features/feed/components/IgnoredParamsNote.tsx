/** A quiet note about URL parameters that did not parse and were left out. */
export function IgnoredParamsNote({ ignored }: { ignored: readonly string[] }) {
  if (ignored.length === 0) return null;
  return (
    <p role="note" className="text-sm text-muted">
      Part of this link was not understood and is ignored:{' '}
      {ignored.map((item, position) => (
        <span key={item}>
          {position > 0 ? ', ' : null}
          <code className="rounded bg-surface px-1">{item}</code>
        </span>
      ))}
      .
    </p>
  );
}
