// Property tests (fast-check) of annotate(): on any string it returns a schema-valid article whose
// spans are sound. Arbitrary strings test robustness; generated news-like text (names, speech
// cues, quotation marks, paragraphs) makes the same properties bite on real annotations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from './annotate';
import { annotatedArticleSchema, type AnnotatedArticle } from './schema';

/** Characters a mention must not end with (punctuation that belongs to the sentence). */
const BAD_MENTION_END = /[,;:!?'"’”)]$/u;
const POSSESSIVE_END = /['’]s$/u;

/** The problems of one annotated article, as readable strings (empty when it is sound). */
function problems(article: AnnotatedArticle, body: string): string[] {
  const found: string[] = [];
  const parsed = annotatedArticleSchema.safeParse(article);
  if (!parsed.success) found.push(`schema: ${parsed.error.issues[0]?.message ?? '?'}`);
  if (article.body !== body) found.push('body changed');
  const inBody = (start: number, end: number) => start >= 0 && start < end && end <= body.length;

  const quotes = [...article.quotes].sort((a, b) => a.start - b.start);
  quotes.forEach((quote, index) => {
    if (!inBody(quote.start, quote.end)) found.push(`quote ${quote.id} out of body`);
    const next = quotes[index + 1];
    if (next && next.start < quote.end) found.push(`quotes ${quote.id} and ${next.id} overlap`);
  });

  const entityIds = new Map(article.entities.map((entity) => [entity.id, entity.name]));
  for (const quote of article.quotes) {
    if (quote.speaker && entityIds.get(quote.speaker.entityId) !== quote.speaker.name) {
      found.push(`speaker ${quote.speaker.name} of ${quote.id} is not an entity of the article`);
    }
  }

  const mentions = article.entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, name: entity.name })))
    .sort((a, b) => a.start - b.start);
  mentions.forEach((mention, index) => {
    const next = mentions[index + 1];
    if (next && next.start < mention.end)
      found.push(`mentions of ${mention.name} and ${next.name} overlap`);
  });

  for (const entity of article.entities) {
    for (const { start, end } of entity.mentions) {
      if (!inBody(start, end)) {
        found.push(`mention of ${entity.name} out of body`);
        continue;
      }
      const text = body.slice(start, end);
      const label = `mention ${JSON.stringify(text)} of ${entity.name}`;
      if (text.trim() !== text) found.push(`${label} has surrounding whitespace`);
      if (/^\p{P}/u.test(text)) found.push(`${label} starts with punctuation`);
      if (BAD_MENTION_END.test(text)) found.push(`${label} ends with punctuation`);
      if (POSSESSIVE_END.test(text)) found.push(`${label} ends with a possessive`);
    }
  }
  return found;
}

function check(body: string, title = ''): AnnotatedArticle {
  const article = annotate({ title, body });
  expect(problems(article, body)).toEqual([]);
  return article;
}

// ---- Arbitrary text: any Unicode, control characters, unbalanced marks, runs of newlines ----

const ODD_PIECES = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  ':',
  ',',
  '.',
  '(',
  ')',
  '—',
  '-',
  ' ',
  '  ',
  '\n',
  '\n\n\n\n\n\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u200b',
  '\u00a0',
  '\ufeff',
  '\ud800',
  '\udfff',
  '😀',
  '👩‍👩‍👧',
  '🇯🇵',
  'é',
  'é',
  'Ā',
  'ŉ',
  'İ',
  'ß',
  '日本',
  'Москва',
  'said',
  'told reporters',
  'according to',
  'she',
  'He',
  'the minister',
  'Japan’s',
  "UK's",
  'Ana',
  'Ribeiro',
  'WHO',
  'Dr.',
  'St.',
  'U.S.',
  'East China Sea',
  'Kim',
  'al-',
  'Te',
];
const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...ODD_PIECES), { maxLength: 80 }).map((pieces) => pieces.join('')),
  fc.array(fc.constantFrom(...ODD_PIECES), { maxLength: 40 }).map((pieces) => pieces.join(' ')),
  fc.nat({ max: 5000 }).map((count) => '\n'.repeat(count) + '"'),
);

// ---- News-like text: invented people, speech cues and quotations in common patterns ----

const GIVEN = [
  'Ana',
  'Marcus',
  'Aroha',
  'Chukwuemeka',
  'Priya',
  'João',
  'Ilse',
  'Tomasz',
  'Leilani',
];
const FAMILY = ['Ribeiro', 'Delacroix', 'Te Whare', 'Obi', 'Venkataraman', 'Quiroga', 'Nakamura'];
const TITLES = ['Finance Minister', 'Dr.', 'Mayor', 'Professor', 'Senator', 'Police Chief'];
const PLACES = ['Kenya', 'Tokyo', 'the UK', 'Brazil', 'Lagos', 'the East China Sea', 'Japan’s'];
const CLAUSES = [
  'the bridge would reopen in May',
  'there was "no appetite" for a new tax',
  'talks with the union had stalled',
  'prices in Lagos had doubled since June',
];
const WORDS = [
  'We will rebuild',
  'It is a ‘provisional’ figure',
  "Nobody expected the 'reset' to last",
  'The river rose overnight',
  'I am not leaving',
];

const name = fc
  .tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY))
  .map(([given, family]) => `${given} ${family}`);
const surname = fc.constantFrom(...FAMILY);
const speaker = fc.oneof(
  name,
  surname,
  fc.tuple(fc.constantFrom(...TITLES), name).map(([title, full]) => `${title} ${full}`),
  fc.constantFrom(
    'she',
    'he',
    'they',
    'the minister',
    'the ministry',
    'the World Health Organization',
  ),
);
const clause = fc.constantFrom(...CLAUSES);
const words = fc.constantFrom(...WORDS);
const open = fc.constantFrom(['"', '"'], ['“', '”']);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const sentence = fc.oneof(
  fc.tuple(speaker, clause).map(([who, what]) => `${capital(who)} said that ${what}.`),
  fc.tuple(speaker, clause).map(([who, what]) => `${capital(what)}, ${who} said.`),
  fc.tuple(name, clause).map(([who, what]) => `According to ${who}, ${what}.`),
  fc.tuple(speaker, clause).map(([who, what]) => `${capital(who)} told reporters ${what}.`),
  fc.tuple(open, words, speaker).map(([[l, r], q, who]) => `${l}${q},${r} ${who} said.`),
  fc.tuple(open, words, speaker).map(([[l, r], q, who]) => `${l}${q},${r} said ${who}.`),
  fc.tuple(speaker, open, words).map(([who, [l, r], q]) => `${capital(who)} said: ${l}${q}.${r}`),
  fc.tuple(open, words).map(([[l], q]) => `${l}${q}.`),
  fc.tuple(name, fc.constantFrom(...PLACES)).map(([who, where]) => `${who} arrived in ${where}.`),
  fc.constantFrom('The so-called "reset" failed.', 'Her novel "The Salt Road" sold well.'),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const newsText = fc
  .tuple(name, clause, fc.array(paragraph, { minLength: 1, maxLength: 6 }))
  .map(([who, what, rest]) => [`${who} said ${what}.`, ...rest].join('\n'));

// Names wrapped in the punctuation a sentence puts around them, to test how mentions are trimmed.
const NAMEISH = [
  ...GIVEN,
  ...FAMILY,
  'Ana Ribeiro',
  'WHO',
  'U.S.',
  'New Zealand',
  'St. Kilda',
  'NCDC',
];
const BEFORE = ['', '(', '"', '“', '‘', "'", '[', '—', '-', ',', ':'];
const AFTER = ['', ')', '"', '”', '’', "'", "'s", '’s', ',', ';', ':', '!', '?', '.', '...', ']'];
const wrappedNames = fc
  .array(
    fc
      .tuple(fc.constantFrom(...BEFORE), fc.constantFrom(...NAMEISH), fc.constantFrom(...AFTER))
      .map((parts) => parts.join('')),
    { minLength: 1, maxLength: 30 },
  )
  .chain((names) =>
    fc.constantFrom(' ', ' said ', ' and ', '\n', ' told ').map((glue) => names.join(glue)),
  );

describe('annotate on arbitrary strings', () => {
  it('never throws, keeps the schema and keeps every span sound', () => {
    fc.assert(
      fc.property(oddText, fc.string({ maxLength: 40 }), (body, title) => {
        check(body, title);
      }),
      { numRuns: 400 },
    );
  });

  it('trims the punctuation and possessives around names out of mention spans', () => {
    fc.assert(
      fc.property(wrappedNames, (body) => {
        check(body);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(oddText, newsText), (body) => {
        expect(annotate({ body })).toEqual(annotate({ body }));
      }),
      { numRuns: 100 },
    );
  });
});

describe('annotate on generated news-like text', () => {
  it('keeps the schema and keeps every quote and mention span sound', () => {
    fc.assert(
      fc.property(newsText, (body) => {
        check(body);
      }),
      { numRuns: 300 },
    );
  });

  it('annotates it: the opening "Name Surname said …" sentence always yields a quote', () => {
    // Also shows the engine did not fall back to the unannotated article after an internal error.
    fc.assert(
      fc.property(newsText, (body) => {
        const article = annotate({ body });
        expect(article.entities.length).toBeGreaterThan(0);
        expect(article.quotes.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('survives the same text with its quotation marks unbalanced or its lines doubled', () => {
    fc.assert(
      fc.property(newsText, fc.nat(), (body, seed) => {
        const marks = [...body.matchAll(/["“”]/g)];
        const drop = marks[seed % Math.max(1, marks.length)]?.index;
        check(drop === undefined ? body : body.slice(0, drop) + body.slice(drop + 1));
        check(body.replace(/\n/g, '\n\n\n'));
      }),
      { numRuns: 150 },
    );
  });
});
