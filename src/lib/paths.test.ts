import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('paths', () => {
  it('builds every kind of link with encoded ids', () => {
    expect(paths.article('a b/c')).toBe('/articles/a%20b%2Fc');
    expect(paths.quote('lagos-port', 'q2')).toBe('/articles/lagos-port?quote=q2');
    expect(paths.entity('person-sean-oneill')).toBe('/entities/person-sean-oneill');
    expect(paths.imported('mine-1')).toBe('/import/mine-1');
    expect(paths.importPage()).toBe('/import');
    expect(paths.about()).toBe('/about');
  });

  it('links to the front page narrowed by a filter', () => {
    expect(paths.feed()).toBe('/');
    expect(paths.feed({ country: 'JP' })).toBe('/?country=JP');
    expect(paths.feed({ person: 'person-ana ribeiro' })).toBe('/?person=person-ana%20ribeiro');
  });
});
