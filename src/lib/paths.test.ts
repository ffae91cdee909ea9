import { describe, expect, it } from 'vitest';
import {
  aboutRoute,
  articlePath,
  entityPath,
  feedPath,
  importRoute,
  importedPath,
  quotePath,
} from './paths';

describe('paths', () => {
  it('builds every kind of link with encoded ids', () => {
    expect(articlePath('a b/c')).toBe('/articles/a%20b%2Fc');
    expect(quotePath('lagos-port', 'q2')).toBe('/articles/lagos-port?quote=q2');
    expect(entityPath('person-sean-o-neill')).toBe('/entities/person-sean-o-neill');
    expect(importedPath('mine-1')).toBe('/import/mine-1');
    expect(importRoute).toBe('/import');
    expect(aboutRoute).toBe('/about');
  });

  it('links to the front page narrowed by a filter', () => {
    expect(feedPath()).toBe('/');
    expect(feedPath({ country: 'JP' })).toBe('/?country=JP');
    expect(feedPath({ person: 'person-ana ribeiro' })).toBe('/?person=person-ana%20ribeiro');
  });
});
