import { markMatches } from '../model/markMatches';

/** Text with the search's matched words in <mark>: text nodes only, never HTML. */
export function MarkedText({ text, terms }: { text: string; terms: ReadonlySet<string> | null }) {
  return (
    <>
      {markMatches(text, terms).map((run, position) =>
        run.marked ? (
          <mark key={position} className="rounded-sm bg-accent-soft px-0.5 text-ink">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
