import { describe, expect, it } from 'vitest';
import { legendFor, levelOf } from './shading';

describe('levelOf', () => {
  it('gives 0 to countries without articles and the darkest class to the largest count', () => {
    expect(levelOf(0, 10)).toBe(0);
    expect(levelOf(1, 10)).toBe(1);
    expect(levelOf(10, 10)).toBe(4);
    expect(levelOf(6, 10)).toBe(3);
  });
});

describe('legendFor', () => {
  it('lists each class that can occur with the counts it covers', () => {
    expect(legendFor(10).map((entry) => entry.label)).toEqual([
      'None',
      '1–2',
      '3–5',
      '6–7',
      '8–10',
    ]);
    expect(legendFor(2).map((entry) => entry.label)).toEqual(['None', '1', '2']);
    expect(legendFor(0).map((entry) => entry.label)).toEqual(['None']);
  });

  it('covers every count from 1 to the maximum exactly once', () => {
    for (let max = 1; max <= 40; max++) {
      const levels = legendFor(max)
        .slice(1)
        .map((entry) => entry.level);
      const covered = Array.from({ length: max }, (_, i) => levelOf(i + 1, max));
      expect(new Set(covered)).toEqual(new Set(levels));
    }
  });
});
