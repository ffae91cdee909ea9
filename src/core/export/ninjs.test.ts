import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type AnnotatedArticle } from '../schema';
import { toNinjs } from './ninjs';

const body = '"We will build it," said Ana Ribeiro in Nairobi.';
const article: AnnotatedArticle = {
  schemaVersion: SCHEMA_VERSION,
  id: 'port-deal',
  title: 'Port deal signed',
  body,
  published: '2026-04-02',
  source: { name: 'Test Wire', country: 'KE' },
  byline: 'Wanjiru Mwangi',
  language: 'en',
  quotes: [
    {
      id: 'q1',
      start: 1,
      end: 18,
      kind: 'direct',
      speaker: { name: 'Ana Ribeiro', entityId: 'person-ana-ribeiro' },
      cue: 'said',
    },
  ],
  entities: [
    {
      id: 'person-ana-ribeiro',
      name: 'Ana Ribeiro',
      type: 'person',
      aliases: [],
      mentions: [{ start: 25, end: 36 }],
    },
    {
      id: 'place-nairobi',
      name: 'Nairobi',
      type: 'location',
      aliases: [],
      mentions: [{ start: 40, end: 47 }],
      country: 'KE',
    },
    {
      id: 'org-port-authority',
      name: 'Port Authority',
      type: 'organization',
      aliases: [],
      mentions: [],
    },
  ],
  countries: [{ code: 'KE', role: 'about' }],
  topics: [{ code: 'medtop:04000000', label: 'economy, business and finance', score: 0.8 }],
};

describe('toNinjs', () => {
  it('maps an annotated article to ninjs 2.1 with IPTC URIs and quotes as an extension', () => {
    const item = toNinjs(article);
    expect(item).toMatchObject({
      uri: 'urn:broadsheet:article:port-deal',
      type: 'text',
      firstcreated: '2026-04-02T00:00:00Z',
      language: 'en',
      by: 'Wanjiru Mwangi',
      headlines: [{ role: 'main', value: 'Port deal signed' }],
      bodies: [{ role: 'main', contenttype: 'text/plain', value: body }],
      subjects: [
        {
          name: 'economy, business and finance',
          uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000',
          relevance: 80,
        },
      ],
      people: [{ name: 'Ana Ribeiro', rel: 'quoted', literal: 'person-ana-ribeiro' }],
      organisations: [{ name: 'Port Authority', literal: 'org-port-authority' }],
    });
    expect(item.places[0]).toEqual({
      name: 'Kenya',
      rel: 'about',
      uri: 'http://cvx.iptc.org/iso3166-1a2/ke',
    });
    expect(item.places).toContainEqual({ name: 'Nairobi', literal: 'place-nairobi' });
    expect(item['broadsheet:quotes']).toEqual([
      {
        id: 'q1',
        text: 'We will build it,',
        kind: 'direct',
        start: 1,
        end: 18,
        speaker: { name: 'Ana Ribeiro', literal: 'person-ana-ribeiro' },
        cue: 'said',
      },
    ]);
  });

  it('leaves the extension out on request', () => {
    expect(toNinjs(article, { extensions: false })).not.toHaveProperty('broadsheet:quotes');
  });
});
