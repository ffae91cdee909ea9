import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { formatDate } from '@/lib/format';
import { toNinjs } from '@/core/export/ninjs';
import { toProjectJson } from '@/lib/imported/ninjs';
import { importedQueries } from '@/lib/imported/queries';
import type { ImportedRecord } from '@/lib/imported/record';
import { getImportedArticle, importedStore } from '@/lib/imported/store';
import { outlineButton } from '@/components/ui/buttons';
import { importedPath } from '@/lib/paths';
import { downloadText } from './download';

/** The formats an imported article exports to, with the button's word for each. */
const EXPORT_FORMATS = [
  ['json', 'JSON'],
  ['ninjs', 'ninjs'],
] as const;

/** The articles this browser has imported: open, export (project JSON, ninjs) or delete each. */
export function ImportedList() {
  const queryClient = useQueryClient();
  const { data: records, error, isPending } = useQuery(importedQueries.list());
  const [message, setMessage] = useState('');

  const act = async (what: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (caught) {
      setMessage(`Could not ${what}: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };

  const exportAs = (record: ImportedRecord, format: 'json' | 'ninjs') =>
    act('export the article', async () => {
      const article = await getImportedArticle(record.id);
      if (format === 'json')
        downloadText(`${record.id}.json`, toProjectJson(article), 'application/json');
      else
        downloadText(
          `${record.id}.ninjs.json`,
          `${JSON.stringify(toNinjs(article), null, 2)}\n`,
          'application/json',
        );
    });

  const remove = (record: ImportedRecord) =>
    act('delete the article', async () => {
      await importedStore.remove(record.id);
      queryClient.removeQueries({ queryKey: importedQueries.detail(record.id).queryKey });
      await queryClient.invalidateQueries({ queryKey: importedQueries.list().queryKey });
      setMessage(`Deleted “${record.title || 'Untitled article'}”.`);
    });

  return (
    <section aria-labelledby="imported-heading" className="mt-12">
      <h2
        id="imported-heading"
        className="mb-4 border-b border-ink pb-2 text-sm font-semibold tracking-[0.14em] uppercase"
      >
        My articles
      </h2>
      <p role="status" className="mb-3 text-sm text-muted empty:hidden">
        {message}
      </p>
      {error ? (
        <p role="alert">{error.message}</p>
      ) : isPending ? (
        <p className="text-muted italic">Looking for your articles…</p>
      ) : records.length === 0 ? (
        <p className="font-serif text-lg text-muted italic">
          Nothing imported yet. What you import stays in this browser.
        </p>
      ) : (
        <ul>
          {records.map((record) => (
            <li key={record.id} className="border-b border-rule py-4" data-imported-id={record.id}>
              <h3 className="font-serif text-xl leading-snug font-semibold">
                <Link
                  to={importedPath(record.id)}
                  className="hover:text-accent hover:underline underline-offset-4"
                >
                  {record.title || 'Untitled article'}
                </Link>
              </h3>
              <p className="mt-1 text-xs text-muted">
                {record.outlet}
                {record.published ? ` · ${formatDate(record.published)}` : ''} ·{' '}
                {record.quoteCount === 1 ? '1 quote' : `${record.quoteCount} quotes`} · imported{' '}
                {formatDate(record.importedAt)}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                {EXPORT_FORMATS.map(([format, label]) => (
                  <button
                    key={format}
                    type="button"
                    className={outlineButton}
                    onClick={() => exportAs(record, format)}
                  >
                    {`Export ${label}`}
                  </button>
                ))}
                <button type="button" className={outlineButton} onClick={() => remove(record)}>
                  Delete<span className="sr-only"> “{record.title}”</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
