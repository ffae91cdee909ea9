import { useSearchParams } from 'react-router-dom';
import { ImportForm, type ImportFormValues } from './ImportForm';
import { ImportedList } from './ImportedList';
import { ImportStatus } from './ImportStatus';
import { useImportRun } from './useImportRun';

/** Text shared from another app arrives as ?title=&text=&url= (the manifest's share_target). */
function sharedValues(params: URLSearchParams): ImportFormValues {
  const text = params.get('text') ?? '';
  const url = params.get('url') ?? '';
  return {
    text: url && !text.includes(url) ? `${text}\n\n${url}`.trim() : text,
    title: params.get('title') ?? '',
    outlet: '',
    published: '',
  };
}

/** /import: bring an article of your own, see it annotated in the browser, keep it here. */
export function ImportPage() {
  const [params] = useSearchParams();
  const { state, start, cancel } = useImportRun();

  return (
    <div className="mx-auto max-w-3xl">
      <title>Import · Broadsheet</title>
      <h1 className="font-serif text-4xl leading-tight font-semibold">Import an article</h1>
      <p className="mt-3 mb-8 max-w-prose font-serif text-lg leading-relaxed text-muted">
        Paste an article or drop a file to see who said what in it. It is annotated here in your
        browser and kept on this device only; nothing is sent anywhere.
      </p>
      <ImportForm
        initial={sharedValues(params)}
        running={state.status === 'running'}
        onImport={start}
      />
      <div className="mt-6" aria-live="polite">
        <ImportStatus state={state} onCancel={cancel} />
      </div>
      <ImportedList />
    </div>
  );
}
