import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndexRecord } from '@/core/schema';
import { TEST_RECORDS, testCorpus } from '../testCorpus';
import * as engine from './facetEngine';
import { FacetColumn } from './facetColumn';
import { FeedModel } from './feedModel';
import { feedState } from './feedState';

/** A column of `values(record)` over the records, doc = position (the feed's order). */
function columnOf(records: readonly IndexRecord[], values: (record: IndexRecord) => string[]) {
  const docsByValue = new Map<string, number[]>();
  records.forEach((record, doc) => {
    for (const value of values(record))
      docsByValue.set(value, [...(docsByValue.get(value) ?? []), doc]);
  });
  const sets = [...docsByValue].map(([value, docs]) => ({ value, docs: Int32Array.from(docs) }));
  return FacetColumn.fromSets(records.length, sets);
}

function modelWithColumns(): FeedModel {
  const model = new FeedModel(testCorpus().manifest);
  const columns = {
    about: columnOf(TEST_RECORDS, (record) => record.about),
    mentions: columnOf(TEST_RECORDS, (record) => record.mentions),
    topic: columnOf(TEST_RECORDS, (record) => record.topics),
    person: columnOf(TEST_RECORDS, (record) => record.people),
    source: columnOf(TEST_RECORDS, (record) => [record.source]),
  };
  for (const [name, column] of Object.entries(columns))
    model.corpus.attachColumn(name as keyof typeof columns, column, engine);
  return model;
}

afterEach(() => vi.restoreAllMocks());

describe('facet counts of a filtered answer', () => {
  it('are counted when first read, not with the list (typing shows them only once it pauses)', () => {
    const model = modelWithColumns();
    const countOver = vi.spyOn(FacetColumn.prototype, 'countOver');
    const answer = model.query(feedState({ country: ['JP'] }));
    expect(answer.total).toBe(2);
    expect([...answer.docs]).toEqual([0, 2]);
    expect(countOver).not.toHaveBeenCalled();

    expect(answer.counts.country.get('NZ')).toBe(1);
    expect(answer.counts.topic.get('medtop:04000000')).toBe(1);
    expect(answer.counts.source.get('daily-planet')).toBe(2);
    const calls = countOver.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    // Counted once, then kept.
    expect(answer.counts.person.get('p-aiko-sato')).toBe(1);
    expect(countOver).toHaveBeenCalledTimes(calls);
  });
});
