/**
 * The key-value backend of the imported-articles store: idb-keyval on its own IndexedDB database.
 * setMany and delMany run in one IndexedDB transaction each, which is what keeps an article and
 * its record together: both are written, or neither is.
 */
import { createStore, delMany, get, getMany, keys, setMany, type UseStore } from 'idb-keyval';

export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  getMany(keys: string[]): Promise<unknown[]>;
  /** All entries in one transaction: all are written or none. */
  setMany(entries: [string, unknown][]): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
}

const DB_NAME = 'broadsheet-imported';
const STORE_NAME = 'articles';

/** The IndexedDB backend, opened on first use (so merely importing this module touches nothing). */
export function indexedDbBackend(): KeyValueBackend {
  let store: UseStore | undefined;
  const openStore = (): UseStore => {
    if (typeof indexedDB === 'undefined') {
      throw new DOMException('IndexedDB is not available', 'InvalidStateError');
    }
    store ??= createStore(DB_NAME, STORE_NAME);
    return store;
  };
  return {
    get: (key) => get(key, openStore()),
    getMany: (list) => getMany(list, openStore()),
    setMany: (entries) => setMany(entries, openStore()),
    delMany: (list) => delMany(list, openStore()),
    keys: async () => (await keys(openStore())).map(String),
  };
}

/** The app's backend: one for the store and its record list (recordList.ts). */
export const appBackend: KeyValueBackend = indexedDbBackend();
