/**
 * Imported articles in IndexedDB. Each article is two entries written in one transaction:
 * `article:<id>` (the AnnotatedArticle) and `record:<id>` (its small feed record), so a list of
 * records never names an article that is not there, and a failed save leaves nothing behind.
 */
import { annotatedArticleSchema, type AnnotatedArticle } from '@/core/schema';
import { NotFoundError } from '../errors';
import { toStorageError } from './errors';
import { isImportedId } from './ids';
import { toImportedRecord, type ImportedRecord } from './record';
import { listRecordsIn, RECORD_PREFIX } from './recordList';
import { appBackend, type KeyValueBackend } from './storage';

const articleKey = (id: string) => `article:${id}`;
const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;

export interface ImportedStore {
  /** Saves the article and its record atomically; throws a StorageError on failure. */
  save(article: AnnotatedArticle, importedAt?: Date): Promise<ImportedRecord>;
  /** The article, validated; NotFoundError when there is none with this id. */
  getArticle(id: string): Promise<AnnotatedArticle>;
  /** Every imported article's record, newest import first; unreadable entries are skipped. */
  listRecords(): Promise<ImportedRecord[]>;
  /** Deletes the article and its record together. */
  remove(id: string): Promise<void>;
}

export function createImportedStore(backend: KeyValueBackend): ImportedStore {
  return {
    async save(article, importedAt = new Date()) {
      if (!isImportedId(article.id)) throw new Error(`"${article.id}" is not an imported id`);
      const record = toImportedRecord(article, importedAt);
      try {
        await backend.setMany([
          [articleKey(article.id), article],
          [recordKey(article.id), record],
        ]);
      } catch (error) {
        throw toStorageError(error, 'save');
      }
      return record;
    },

    async getArticle(id) {
      let value: unknown;
      try {
        value = isImportedId(id) ? await backend.get(articleKey(id)) : undefined;
      } catch (error) {
        throw toStorageError(error, 'read');
      }
      if (value === undefined) {
        throw new NotFoundError(`There is no imported article "${id}" in this browser.`);
      }
      const parsed = annotatedArticleSchema.safeParse(value);
      if (!parsed.success) {
        throw new NotFoundError(`The imported article "${id}" is damaged and cannot be shown.`);
      }
      return parsed.data;
    },

    listRecords: () => listRecordsIn(backend),

    async remove(id) {
      try {
        await backend.delMany([articleKey(id), recordKey(id)]);
      } catch (error) {
        throw toStorageError(error, 'delete');
      }
    },
  };
}

/** The store the app uses (IndexedDB database "broadsheet-imported"). */
export const importedStore: ImportedStore = createImportedStore(appBackend);

/** An imported article by id (ids start with "mine-"), for the article view. */
export function getImportedArticle(id: string): Promise<AnnotatedArticle> {
  return importedStore.getArticle(id);
}
