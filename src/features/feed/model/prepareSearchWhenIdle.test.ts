import { describe, expect, it } from 'vitest';
import { FeedIndex } from './feedIndex';
import { prepareSearchWhenIdle } from './prepareSearchWhenIdle';
import { testRecord } from './testRecords';

const records = Array.from({ length: 5000 }, (_, i) =>
  testRecord({ id: `r${i}`, title: `word${i}` }),
);

describe('prepareSearchWhenIdle', () => {
  it('indexes in slices until every article is searchable', () => {
    const index = new FeedIndex();
    index.add(records);
    const queue: (() => void)[] = [];
    prepareSearchWhenIdle(index, (run) => {
      queue.push(run);
      return () => undefined;
    });
    let slices = 0;
    for (let run = queue.shift(); run; run = queue.shift()) {
      run();
      slices++;
    }
    expect(slices).toBe(3);
    expect(index.prepareSearch(0)).toBe(true);
  });

  it('stops when cancelled', () => {
    const index = new FeedIndex();
    index.add(records);
    const queue: (() => void)[] = [];
    const stop = prepareSearchWhenIdle(index, (run) => {
      queue.push(run);
      return () => queue.splice(queue.indexOf(run), 1);
    });
    queue.shift()?.();
    stop();
    expect(queue).toHaveLength(0);
    expect(index.prepareSearch(0)).toBe(false);
  });
});
