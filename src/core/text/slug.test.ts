import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ["Seán O'Neill", 'sean-o-neill'],
    ['Megan O’Donnell', 'megan-o-donnell'],
    ['Park Ji-won', 'park-ji-won'],
    ['Tomasz Wiśniewski', 'tomasz-wisniewski'],
    ["Côte d'Ivoire", 'cote-d-ivoire'],
    ['  Lagos   Port.md ', 'lagos-port-md'],
    ['Zoë Ní Bhriain', 'zoe-ni-bhriain'],
  ])('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('is empty when no letter or digit is left, so each caller picks its fallback', () => {
    expect(slugify('李强')).toBe('');
  });
});
