/** A small imported article for the store and export tests (text written for the tests). */
import { SCHEMA_VERSION, type AnnotatedArticle } from '@/core/schema';

const BODY =
  'The pier reopened on Friday.\n"It took longer than we hoped," said Nell Arden.\n"Worth it," said Omar Vale, in Wellington.';

export function importedArticle(id = 'mine-test-1'): AnnotatedArticle {
  const span = (part: string) => {
    const start = BODY.indexOf(part);
    return { start, end: start + part.length };
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    title: 'Pier reopens',
    body: BODY,
    published: '2026-02-20',
    source: { name: 'Harbour Notes' },
    quotes: [
      {
        id: 'q1',
        ...span('It took longer than we hoped,'),
        kind: 'direct',
        speaker: { name: 'Nell Arden', entityId: 'person-nell-arden' },
      },
      {
        id: 'q2',
        ...span('Worth it,'),
        kind: 'direct',
        speaker: { name: 'Omar Vale', entityId: 'person-omar-vale' },
      },
    ],
    entities: [
      {
        id: 'person-nell-arden',
        name: 'Nell Arden',
        type: 'person',
        aliases: [],
        mentions: [span('Nell Arden')],
      },
      {
        id: 'person-omar-vale',
        name: 'Omar Vale',
        type: 'person',
        aliases: [],
        mentions: [span('Omar Vale')],
      },
      {
        id: 'place-wellington',
        name: 'Wellington',
        type: 'location',
        aliases: [],
        mentions: [span('Wellington')],
        country: 'NZ',
      },
    ],
    countries: [{ code: 'NZ', role: 'about' }],
    topics: [{ code: 'medtop:20000568', label: 'transport', score: 0.8 }],
  };
}
