/**
 * What the import page sends the worker for a dropped or chosen file. An HTML page is parsed here,
 * on the page (a worker has no DOMParser), by the parser the ingest uses; the text formats are
 * parsed in the worker. Either way the article is built by the same code as the ingest's.
 */
import type { ImportMeta, ImportRequest } from '@/lib/imported/input/types';
import { unreadable } from '@/lib/imported/input/buildInput';
import { domParserAdapter } from '@/lib/imported/input/domParser';
import { readArticleFile } from './readArticleFile';

export async function fileImportRequest(file: File, meta: ImportMeta): Promise<ImportRequest> {
  const { format, text } = await readArticleFile(file);
  const fileName = file.name;
  if (format !== 'html') return { format, text, meta, fileName };
  // Readability is loaded with the first HTML page, not with the import page.
  const { parseHtml } = await import('@/core/input/html');
  try {
    return { format, parsed: parseHtml(text, domParserAdapter), meta, fileName };
  } catch (error) {
    throw unreadable(fileName, error);
  }
}
