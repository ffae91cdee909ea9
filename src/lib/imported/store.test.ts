import { describe, expect, it } from 'vitest';
import { indexRecordSchema } from '@/core/schema';
import { NotFoundError } from '../errors';
import { StorageError } from './errors';
import { toIndexRecord } from './toIndexRecord';
import { createImportedStore } from './store';
import type { KeyValueBackend } from './storage';
import { importedArticle } from './testArticle';

/** An in-memory backend with IndexedDB's all-or-nothing transactions and injectable failures. */
function memoryBackend(fail?: { setMany?: () => Error; get?: () => Error }) {
  const data = new Map<string, unknown>();
  const calls: string[] = [];
  const backend: KeyValueBackend = {
    get: async (key) => {
      if (fail?.get) throw fail.get();
      return structuredClone(data.get(key));
    },
    getMany: async (keys) => keys.map((key) => structuredClone(data.get(key))),
    setMany: async (entries) => {
      calls.push(`setMany:${entries.map(([key]) => key).join(',')}`);
      if (fail?.setMany) throw fail.setMany();
      for (const [key, value] of entries) data.set(key, structuredClone(value));
    },
    delMany: async (keys) => {
      calls.push(`delMany:${keys.join(',')}`);
      for (const key of keys) data.delete(key);
    },
    keys: async () => [...data.keys()],
  };
  return { backend, data, calls };
}

describe('imported store', () => {
  it('saves an article and its record in one transaction, and reads them back', async () => {
    const { backend, calls } = memoryBackend();
    const store = createImportedStore(backend);
    const article = importedArticle();
    const record = await store.save(article, new Date('2026-03-01T10:00:00Z'));
    expect(calls).toEqual(['setMany:article:mine-test-1,record:mine-test-1']);
    expect(await store.getArticle('mine-test-1')).toEqual(article);
    expect(await store.listRecords()).toEqual([record]);
    expect(record).toMatchObject({
      source: 'my-articles',
      about: ['NZ'],
      people: ['person-nell-arden', 'person-omar-vale'],
      speakers: ['Nell Arden', 'Omar Vale'],
      quoteCount: 2,
      outlet: 'Harbour Notes',
      importedAt: '2026-03-01T10:00:00.000Z',
    });
    // What the feed gets is a valid IndexRecord.
    expect(indexRecordSchema.safeParse(toIndexRecord(record)).success).toBe(true);
  });

  it('names the quoted people in the order of people, without the organisations that spoke', async () => {
    const store = createImportedStore(memoryBackend().backend);
    const article = importedArticle();
    // The harbour board speaks most, so it leads the speakers but is no person.
    const board = { name: 'Harbour Board', entityId: 'org-harbour-board' };
    const quotes = [article.quotes[0], article.quotes[1]].flatMap((quote) =>
      quote ? [{ ...quote, speaker: board, id: `${quote.id}b` }, quote] : [],
    );
    const record = await store.save({
      ...article,
      quotes,
      entities: [
        ...article.entities,
        { id: board.entityId, name: board.name, type: 'organization', aliases: [], mentions: [] },
      ],
    });
    expect(record.speakers).toEqual(['Harbour Board', 'Nell Arden', 'Omar Vale']);
    expect(record.people).toEqual(['person-nell-arden', 'person-omar-vale']);
    expect(record.personNames).toEqual(['Nell Arden', 'Omar Vale']);
    expect(toIndexRecord(record)).not.toHaveProperty('personNames');
  });

  it('lists newest imports first', async () => {
    const store = createImportedStore(memoryBackend().backend);
    await store.save(importedArticle('mine-a'), new Date('2026-03-01T00:00:00Z'));
    await store.save(importedArticle('mine-b'), new Date('2026-03-02T00:00:00Z'));
    expect((await store.listRecords()).map((record) => record.id)).toEqual(['mine-b', 'mine-a']);
  });

  it('reports a full disk as a quota StorageError and keeps nothing', async () => {
    const quota = () => new DOMException('full', 'QuotaExceededError');
    const { backend, data } = memoryBackend({ setMany: quota });
    const store = createImportedStore(backend);
    const failure = await store.save(importedArticle()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).reason).toBe('quota');
    expect((failure as StorageError).message).toMatch(/storage .* is full.*Nothing was saved\./);
    expect(data.size).toBe(0);
    expect(await store.listRecords()).toEqual([]);
  });

  it('explains storage that the browser refuses (private mode)', async () => {
    const refused = () => new DOMException('no', 'InvalidStateError');
    const store = createImportedStore(memoryBackend({ setMany: refused, get: refused }).backend);
    await expect(store.save(importedArticle())).rejects.toThrow(/private browsing/);
    await expect(store.getArticle('mine-test-1')).rejects.toThrow(/could not be read/);
  });

  it('refuses ids outside the imported namespace', async () => {
    const store = createImportedStore(memoryBackend().backend);
    await expect(store.save(importedArticle('corpus-article'))).rejects.toThrow(
      /not an imported id/,
    );
    await expect(store.getArticle('corpus-article')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('treats a missing or damaged article as not found', async () => {
    const { backend, data } = memoryBackend();
    const store = createImportedStore(backend);
    await expect(store.getArticle('mine-nothing')).rejects.toThrow(/no imported article/);
    data.set('article:mine-bad', { body: 42 });
    await expect(store.getArticle('mine-bad')).rejects.toThrow(/damaged/);
  });

  it('deletes the article and its record together', async () => {
    const { backend, data, calls } = memoryBackend();
    const store = createImportedStore(backend);
    await store.save(importedArticle());
    await store.remove('mine-test-1');
    expect(calls.at(-1)).toBe('delMany:article:mine-test-1,record:mine-test-1');
    expect(data.size).toBe(0);
  });
});
