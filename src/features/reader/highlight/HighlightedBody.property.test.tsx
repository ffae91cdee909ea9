// @vitest-environment jsdom
/**
 * Property tests of the highlight renderer: whatever the body and the spans, the rendered text is
 * the body (paragraph breaks aside), nothing in it becomes markup, and every span that survives
 * validation is highlighted with its data attributes. A second property builds only valid spans
 * (nested, adjacent, across paragraph breaks) and checks that none of them is dropped.
 */
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entity, Quote } from '@/core/schema';
import type { DroppedSpan } from '@/core/text/segments';
import { HighlightedBody } from './HighlightedBody';
import { makeArticle, makeEntity, makeQuote } from './testArticle';

const TOKENS = [
  'a',
  'Z',
  ' ',
  '  ',
  '.',
  '"',
  '“',
  '”',
  "'",
  'é',
  'e\u0301',
  '😀',
  '👍🏽',
  '🇳🇿',
  '&amp;',
  '<b>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\t',
  '\u00a0',
];
const BREAKS = ['\n', '\n\n', '\r\n', '\n\n\n'];
const KINDS = ['direct', 'mixed', 'indirect'] as const;
const ENTITY_TYPES = ['person', 'organization', 'location'] as const;
const SPEAKERS = [
  null,
  { name: 'Ana Ruiz', entityId: 'ana' },
  { name: 'Ben Ode', entityId: 'ben' },
];

/** Text without line breaks: tokens, plus random graphemes (any plane, so surrogate pairs too). */
const inlineText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TOKENS),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => parts.join('').replace(/[\r\n]/g, ' '));
const bodyText = fc
  .array(fc.oneof(inlineText, fc.constantFrom(...BREAKS)), { maxLength: 12 })
  .map((parts) => parts.join(''));

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

function renderArticle(body: string, quotes: Quote[], entities: Entity[]) {
  const article = makeArticle(body, quotes, entities);
  const { container } = render(<HighlightedBody article={article} />);
  const dropped = (warn.mock.lastCall?.[1] ?? []) as DroppedSpan[];
  warn.mockClear();
  return { container, dropped };
}

/** Checks the text and the markup; returns nothing, throws on the first difference. */
function expectFaithful(
  container: HTMLElement,
  body: string,
  quotes: Quote[],
  entities: Entity[],
  dropped: DroppedSpan[],
) {
  const paragraphs = [...container.querySelectorAll('p')].map((p) => p.textContent);
  expect(paragraphs.join('\n')).toBe(
    body
      .split(/[\r\n]+/)
      .filter(Boolean)
      .join('\n'),
  );
  expect(container.querySelector('script, img, b')).toBeNull();

  const isDropped = (layer: DroppedSpan['layer'], id: string, start: number) =>
    dropped.some((d) => d.layer === layer && d.id === id && d.start === start);
  for (const quote of quotes) {
    if (isDropped('quote', quote.id, quote.start)) continue;
    const pieces = [...container.querySelectorAll(`[data-quote-id="${quote.id}"]`)];
    expect(pieces.map((piece) => piece.textContent).join('')).toBe(
      body.slice(quote.start, quote.end).replace(/[\r\n]/g, ''),
    );
    for (const piece of pieces) {
      expect(piece.getAttribute('data-kind')).toBe(quote.kind);
      expect(piece.getAttribute('data-speaker')).toBe(quote.speaker?.name ?? '');
    }
  }
  for (const entity of entities) {
    const [mention] = entity.mentions;
    if (!mention || isDropped('entity', entity.id, mention.start)) continue;
    const element = container.querySelector(`[data-entity-id="${entity.id}"]`);
    expect(element?.getAttribute('data-entity-type')).toBe(entity.type);
    expect(element?.textContent).toBe(
      body.slice(mention.start, mention.end).replace(/^[\r\n]+|[\r\n]+$/g, ''),
    );
  }
}

describe('HighlightedBody properties', () => {
  it('renders any body whole and highlights every span that is kept', () => {
    const spans = (length: number) =>
      fc.array(
        fc.record({
          start: fc.integer({ min: -2, max: length + 2 }),
          end: fc.integer({ min: -2, max: length + 2 }),
          kind: fc.constantFrom(...KINDS),
          type: fc.constantFrom(...ENTITY_TYPES),
          speaker: fc.constantFrom(...SPEAKERS),
        }),
        { maxLength: 8 },
      );
    const cases = bodyText.chain((body) =>
      fc.record({
        body: fc.constant(body),
        quoteSpans: spans(body.length),
        entitySpans: spans(body.length),
      }),
    );
    fc.assert(
      fc.property(cases, ({ body, quoteSpans, entitySpans }) => {
        const quotes = quoteSpans.map((s, i) => makeQuote(`q${i}`, s, s.kind, s.speaker));
        const entities = entitySpans.map((s, i) => makeEntity(`e${i}`, `E${i}`, s.type, [s]));
        const { container, dropped } = renderArticle(body, quotes, entities);
        try {
          expectFaithful(container, body, quotes, entities, dropped);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every span of a valid annotation set', () => {
    /** A chunk of a paragraph: plain, a quote (maybe across a break), or an entity. */
    const chunk = fc.record({
      text: inlineText,
      rest: fc.option(inlineText, { nil: undefined }),
      role: fc.constantFrom('plain', 'quote', 'entity'),
      kind: fc.constantFrom(...KINDS),
      type: fc.constantFrom(...ENTITY_TYPES),
      speaker: fc.constantFrom(...SPEAKERS),
      inner: fc.tuple(fc.nat(), fc.nat()),
    });
    const layout = fc.array(fc.tuple(chunk, fc.constantFrom('', ...BREAKS)), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(layout, (chunks) => {
        let body = '';
        const quotes: Quote[] = [];
        const entities: Entity[] = [];
        chunks.forEach(([c, after], i) => {
          const start = body.length;
          // Only quotes run on into the next paragraph.
          const text = c.role === 'quote' && c.rest ? `${c.text}\n${c.rest}` : c.text;
          body += text + after;
          const span = { start, end: start + text.length };
          if (c.role === 'plain') return;
          if (c.role === 'quote') quotes.push(makeQuote(`q${i}`, span, c.kind, c.speaker));
          else entities.push(makeEntity(`e${i}`, `E${i}`, c.type, [span]));
          if (c.role === 'quote') {
            // An entity inside the quote's first line, cut at code point boundaries.
            const points = Array.from(c.text);
            const [a, b] = [c.inner[0] % (points.length + 1), c.inner[1] % (points.length + 1)];
            const [from, to] = [Math.min(a, b), Math.max(a, b)];
            if (from === to) return;
            const offset = (n: number) => start + points.slice(0, n).join('').length;
            entities.push(
              makeEntity(`n${i}`, `N${i}`, c.type, [{ start: offset(from), end: offset(to) }]),
            );
          }
        });
        const { container, dropped } = renderArticle(body, quotes, entities);
        try {
          expect(dropped).toEqual([]);
          expectFaithful(container, body, quotes, entities, dropped);
          for (const entity of entities.filter((e) => e.id.startsWith('n'))) {
            const quote = container
              .querySelector(`[data-entity-id="${entity.id}"]`)
              ?.closest('[data-quote-id]');
            expect(quote?.getAttribute('data-quote-id')).toBe(entity.id.replace('n', 'q'));
          }
        } finally {
          cleanup();
        }
      }),
      { numRuns: 150 },
    );
  });
});
