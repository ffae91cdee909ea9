/** A small annotated article for the reader's component tests (text written for the tests). */
import type { AnnotatedArticle } from '@/core/schema';
import { makeArticle, makeEntity, makeQuote, spanOf } from './highlight/testArticle';

export const READER_BODY = [
  'Harbour master Ines Duarte said the new quay would open in spring.',
  '"We have waited long enough," Duarte said at the Port Authority in Faro.',
  'Rui Matos, a fisherman, said the work had "cost us a season".',
  '"Nobody asked us," read a banner.',
].join('\n\n');

const ines = { name: 'Ines Duarte', entityId: 'person-ines-duarte' };
const rui = { name: 'Rui Matos', entityId: 'person-rui-matos' };

export function readerArticle(): AnnotatedArticle {
  const body = READER_BODY;
  return {
    ...makeArticle(
      body,
      [
        makeQuote('q1', spanOf(body, 'the new quay would open in spring'), 'indirect', ines),
        makeQuote('q2', spanOf(body, '"We have waited long enough,"'), 'direct', ines),
        makeQuote('q3', spanOf(body, 'the work had "cost us a season"'), 'mixed', rui),
        makeQuote('q4', spanOf(body, '"Nobody asked us,"'), 'direct', null),
      ],
      [
        {
          ...makeEntity('person-ines-duarte', 'Ines Duarte', 'person', [
            spanOf(body, 'Ines Duarte'),
            spanOf(body, 'Duarte said at'),
          ]),
          aliases: ['Duarte'],
          role: 'harbour master',
        },
        makeEntity('person-rui-matos', 'Rui Matos', 'person', [spanOf(body, 'Rui Matos')]),
        makeEntity('org-port-authority', 'Port Authority', 'organization', [
          spanOf(body, 'Port Authority'),
        ]),
        makeEntity('place-faro', 'Faro', 'location', [spanOf(body, 'Faro')]),
      ],
    ),
    id: 'faro-quay',
    title: 'Faro quay to open in spring',
    byline: 'By Test Writer',
    countries: [
      { code: 'PT', role: 'about' },
      { code: 'ES', role: 'mentions' },
    ],
    topics: [{ code: 'medtop:04000000', label: 'economy, business and finance', score: 0.7 }],
  };
}
