import { useState, type FormEvent } from 'react';
import type { ImportMeta, ImportRequest } from '@/lib/imported/input/types';
import { checkTextSize } from '@/lib/imported/input/limits';
import { FilePicker } from './FilePicker';
import { fileImportRequest } from './fileRequest';

export interface ImportFormValues {
  text: string;
  title: string;
  outlet: string;
  published: string;
}

interface ImportFormProps {
  initial: ImportFormValues;
  running: boolean;
  /** Starts an import; resolves true when it succeeded (the form then clears). */
  onImport: (prepare: () => Promise<ImportRequest>) => Promise<boolean>;
}

const EMPTY: ImportFormValues = { text: '', title: '', outlet: '', published: '' };

const fieldClass =
  'w-full rounded border border-rule bg-surface px-3 py-2 text-base focus:border-accent';

/** Text area, file drop and picker, and the optional title, outlet and date. */
export function ImportForm({ initial, running, onImport }: ImportFormProps) {
  const [values, setValues] = useState(initial);
  const set = (field: keyof ImportFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const meta = (): ImportMeta => ({
    title: values.title,
    outlet: values.outlet,
    published: values.published,
  });

  const importText = async (event: FormEvent) => {
    event.preventDefault();
    const text = values.text;
    const done = await onImport(async () => {
      checkTextSize(text);
      return { format: 'paste', text, meta: meta() };
    });
    if (done) setValues(EMPTY);
  };

  const importFile = async (file: File) => {
    const done = await onImport(() => fileImportRequest(file, meta()));
    // The details applied to this file; text waiting in the text area is left alone.
    if (done) setValues((current) => ({ ...EMPTY, text: current.text }));
  };

  return (
    <form onSubmit={importText} className="space-y-5" aria-label="Import an article">
      <div>
        <label htmlFor="import-text" className="mb-1 block text-sm font-medium">
          Article text
        </label>
        <textarea
          id="import-text"
          value={values.text}
          onChange={(event) => set('text')(event.target.value)}
          rows={12}
          spellCheck={false}
          placeholder="Paste an article here: a headline on the first line, then its paragraphs."
          className={`${fieldClass} font-serif text-lg leading-relaxed`}
        />
      </div>
      <FilePicker disabled={running} onFile={importFile} onText={set('text')} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">
          Details{' '}
          <span className="font-normal text-muted">(optional; they override the file’s)</span>
        </legend>
        <label className="text-sm">
          <span className="mb-1 block text-muted">Title</span>
          <input
            value={values.title}
            onChange={(event) => set('title')(event.target.value)}
            className={fieldClass}
          />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-muted">Outlet</span>
          <input
            value={values.outlet}
            onChange={(event) => set('outlet')(event.target.value)}
            className={fieldClass}
          />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-muted">Date</span>
          <input
            type="date"
            value={values.published}
            onChange={(event) => set('published')(event.target.value)}
            className={fieldClass}
          />
        </label>
      </fieldset>
      <button
        type="submit"
        disabled={running}
        className="rounded bg-accent px-5 py-2.5 font-medium text-paper hover:opacity-90 disabled:opacity-50"
      >
        {running ? 'Annotating…' : 'Annotate and save'}
      </button>
    </form>
  );
}
