/** A quiet placeholder while a page's data arrives; announced to screen readers. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <p role="status" className="py-16 text-center font-serif text-lg text-muted">
      {label}
    </p>
  );
}
