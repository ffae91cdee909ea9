import { Link } from 'react-router-dom';
import { describeLimit } from '@/core/limits';
import type { ImportStage } from '@/lib/worker/protocol';
import { IMPORT_STAGES } from '@/lib/worker/protocol';
import { importedPath } from '@/lib/paths';
import { outlineButton, textLink } from '@/components/ui/buttons';
import type { ImportState } from './useImportRun';

const STAGE_LABELS: Record<ImportStage, string> = {
  reading: 'Reading the text…',
  annotating: 'Finding quotes, speakers, people and places…',
  saving: 'Saving it in this browser…',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Progress while an import runs, then what came of it: a way to read it, or why it failed. */
export function ImportStatus({ state, onCancel }: { state: ImportState; onCancel: () => void }) {
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    const step = IMPORT_STAGES.indexOf(state.stage) + 1;
    return (
      <div className="rounded border border-rule bg-surface p-4" data-testid="import-progress">
        <div className="flex items-center justify-between gap-4">
          <p role="status" className="text-sm font-medium">
            Step {step} of {IMPORT_STAGES.length}: {STAGE_LABELS[state.stage]}
          </p>
          <button type="button" onClick={onCancel} className={outlineButton}>
            Cancel
          </button>
        </div>
        <progress
          className="mt-3 h-1.5 w-full accent-[var(--accent)]"
          max={IMPORT_STAGES.length}
          value={step - 0.5}
          aria-label="Import progress"
        />
      </div>
    );
  }
  if (state.status === 'failed') {
    const heading =
      state.kind === 'input'
        ? 'This cannot be imported'
        : state.kind === 'storage'
          ? 'The article could not be saved'
          : 'The article could not be annotated';
    return (
      <div role="alert" className="rounded border border-accent bg-accent-soft p-4">
        <p className="font-semibold">{heading}</p>
        <p className="mt-1">{state.message}</p>
      </div>
    );
  }
  const { record } = state;
  const speakers = record.speakers.slice(0, 4).join(', ');
  return (
    <div role="status" className="rounded border border-rule bg-surface p-4">
      <p className="font-serif text-lg">
        Annotated <span className="font-semibold">{record.title || 'Untitled article'}</span>
      </p>
      <p className="mt-1 text-sm text-muted">
        {plural(record.quoteCount, 'quote', 'quotes')}
        {record.speakers.length > 0
          ? ` from ${plural(record.speakers.length, 'speaker', 'speakers')} (${speakers}${record.speakers.length > 4 ? ', …' : ''})`
          : ''}
        , {plural(record.entityCount, 'name', 'names')} found in{' '}
        {state.ms < 1000 ? `${state.ms} ms` : `${(state.ms / 1000).toFixed(1)} s`}. Kept in this
        browser only.
      </p>
      {state.limits?.map((limit) => (
        <p key={limit.kind} className="mt-2 text-sm font-medium">
          {capitalised(describeLimit(limit))}.
        </p>
      ))}
      <p className="mt-3">
        <Link to={importedPath(record.id)} className={textLink}>
          Read it with highlights →
        </Link>
      </p>
    </div>
  );
}
