// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightedBody } from './HighlightedBody';
import { makeArticle, makeEntity, makeQuote, spanOf } from './testArticle';

const BODY = [
  'Mayor Ana Ruiz said "the Port of Lima will reopen in May" on Tuesday.',
  'Ruiz added that the Harbour Board had agreed.',
].join('\n\n');
const ana = { name: 'Ana Ruiz', entityId: 'ana-ruiz' };

function article() {
  return makeArticle(
    BODY,
    [
      makeQuote('q1', spanOf(BODY, '"the Port of Lima will reopen in May"'), 'direct', ana),
      makeQuote('q2', spanOf(BODY, 'the Harbour Board had agreed'), 'indirect', {
        name: 'Ruiz',
        entityId: 'ana-ruiz',
      }),
    ],
    [
      makeEntity('ana-ruiz', 'Ana Ruiz', 'person', [
        spanOf(BODY, 'Ana Ruiz'),
        spanOf(BODY, 'Ruiz added'),
      ]),
      makeEntity('port-of-lima', 'Port of Lima', 'organization', [spanOf(BODY, 'Port of Lima')]),
      makeEntity('lima', 'Lima', 'location', [spanOf(BODY, 'Lima')]),
      makeEntity('harbour-board', 'Harbour Board', 'organization', [spanOf(BODY, 'Harbour Board')]),
    ],
  );
}

/** The text of each rendered paragraph. */
function paragraphTexts(container: HTMLElement) {
  return [...container.querySelectorAll('p')].map((p) => p.textContent);
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  warn.mockRestore();
});

describe('HighlightedBody', () => {
  it('renders one paragraph per block of text, characters unchanged', () => {
    const { container } = render(<HighlightedBody article={article()} />);
    expect(paragraphTexts(container)).toEqual(BODY.split('\n\n'));
    expect(warn).not.toHaveBeenCalled();
  });

  it('marks quotes with their id, kind and canonical speaker, and nests entities inside', () => {
    const { container } = render(<HighlightedBody article={article()} />);
    const q1 = container.querySelector('[data-quote-id="q1"]');
    expect(q1).toHaveAttribute('data-kind', 'direct');
    expect(q1).toHaveAttribute('data-speaker', 'Ana Ruiz');
    expect(q1).toHaveTextContent('"the Port of Lima will reopen in May"');
    // The speaker's canonical name, not the surname the engine attached to the quote.
    const q2 = container.querySelector('[data-quote-id="q2"]');
    expect(q2).toHaveAttribute('data-kind', 'indirect');
    expect(q2).toHaveAttribute('data-speaker', 'Ana Ruiz');

    const port = q1?.querySelector('[data-entity-id="port-of-lima"]');
    expect(port).toHaveAttribute('data-entity-type', 'organization');
    const lima = port?.querySelector('[data-entity-id="lima"]');
    expect(lima).toHaveAttribute('data-entity-type', 'location');
    expect(lima).toHaveTextContent('Lima');
  });

  it('shows the entity type by an icon hidden from screen readers and by an accessible name', () => {
    const { container } = render(<HighlightedBody article={article()} />);
    const person = screen.getByRole('button', { name: 'Ana Ruiz (Person)' });
    expect(person.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('button', { name: 'Port of Lima (Organisation)' })).toBeInTheDocument();
    // The nested place is highlighted but is not a button inside a button.
    expect(container.querySelector('[data-entity-id="lima"]')).not.toHaveAttribute('role');
    expect(screen.getByRole('group', { name: 'Direct quote by Ana Ruiz' })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('keeps adjacent spans as separate highlights', () => {
    const body = 'AnaAna "one""two"';
    const art = makeArticle(
      body,
      [makeQuote('a', spanOf(body, '"one"')), makeQuote('b', spanOf(body, '"two"'))],
      [
        makeEntity('ana', 'Ana', 'person', [
          { start: 0, end: 3 },
          { start: 3, end: 6 },
        ]),
      ],
    );
    const { container } = render(<HighlightedBody article={art} />);
    expect([...container.querySelectorAll('[data-quote-id]')].map((el) => el.textContent)).toEqual([
      '"one"',
      '"two"',
    ]);
    expect(container.querySelectorAll('[data-entity-id="ana"]')).toHaveLength(2);
    expect(paragraphTexts(container)).toEqual([body]);
  });

  it('draws identical spans once and logs the duplicate', () => {
    const body = 'She said "yes".';
    const span = spanOf(body, '"yes"');
    const art = makeArticle(
      body,
      [makeQuote('a', span), makeQuote('b', span)],
      [makeEntity('x', 'X', 'person', [spanOf(body, 'She'), spanOf(body, 'She')])],
    );
    const { container } = render(<HighlightedBody article={art} />);
    expect(container.querySelectorAll('[data-quote-id]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-entity-id]')).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('drops crossing, out-of-range and empty spans, logs them once, and keeps the text whole', () => {
    const body = 'One two three four five';
    const art = makeArticle(
      body,
      [
        makeQuote('keep', spanOf(body, 'One two three')),
        makeQuote('cross', spanOf(body, 'three four')),
        makeQuote('far', { start: 10, end: 999 }),
      ],
      [
        makeEntity('a', 'A', 'person', [spanOf(body, 'four five')]),
        makeEntity('b', 'B', 'person', [spanOf(body, 'five')]),
        makeEntity('c', 'C', 'location', [spanOf(body, 'two three four')]),
        makeEntity('d', 'D', 'location', [{ start: 4, end: 4 }]),
      ],
    );
    const { container, rerender } = render(<HighlightedBody article={art} />);
    expect(
      [...container.querySelectorAll('[data-quote-id]')].map((e) =>
        e.getAttribute('data-quote-id'),
      ),
    ).toEqual(['keep']);
    expect(
      [...container.querySelectorAll('[data-entity-id]')].map((e) =>
        e.getAttribute('data-entity-id'),
      ),
    ).toEqual(['a', 'b']);
    expect(paragraphTexts(container)).toEqual([body]);
    rerender(<HighlightedBody article={art} activeSpeakerId="nobody" />);
    expect(warn).toHaveBeenCalledTimes(1);
    const dropped = warn.mock.calls[0]?.[1] as { id: string; reason: string }[];
    expect(dropped.map((d) => `${d.id}:${d.reason}`)).toEqual([
      'far:out-of-range',
      'cross:overlaps-quote',
      'c:crosses-quote',
      'd:empty',
    ]);
  });

  it('cuts a quote spanning a paragraph break into one highlight per paragraph', () => {
    const body = 'He said: "We start today.\nAnd we finish tomorrow." Then he left.';
    const art = makeArticle(body, [
      makeQuote('q', spanOf(body, '"We start today.\nAnd we finish tomorrow."'), 'direct', ana),
    ]);
    const { container } = render(<HighlightedBody article={art} />);
    const pieces = [...container.querySelectorAll('[data-quote-id="q"]')];
    expect(pieces.map((p) => p.textContent)).toEqual([
      '"We start today.',
      'And we finish tomorrow."',
    ]);
    expect(pieces.map((p) => p.closest('p'))).toEqual([...container.querySelectorAll('p')]);
    expect(pieces[0]).toHaveAttribute('tabindex', '0');
    expect(pieces[1]).toHaveAttribute('tabindex', '-1');
    expect(pieces[1]).toHaveAttribute('data-continued', 'true');
  });

  it('draws only the layers that are on', () => {
    const layers = { quotes: false, person: true, organization: false, location: true };
    const { container } = render(<HighlightedBody article={article()} layers={layers} />);
    expect(container.querySelector('[data-quote-id]')).toBeNull();
    expect(container.querySelector('[data-entity-type="organization"]')).toBeNull();
    expect(container.querySelectorAll('[data-entity-type="person"]')).toHaveLength(2);
    // With the organisation off, Lima is no longer nested and becomes its own button.
    expect(screen.getByRole('button', { name: 'Lima (Place)' })).toBeInTheDocument();
    expect(paragraphTexts(container)).toEqual(BODY.split('\n\n'));
  });

  it('calls back on click, Enter and Space, for the innermost highlight only', async () => {
    const user = userEvent.setup();
    const onActivate = vi.fn();
    render(<HighlightedBody article={article()} onActivate={onActivate} />);
    const quote = screen.getByRole('group', { name: 'Direct quote by Ana Ruiz' });
    const port = screen.getByRole('button', { name: 'Port of Lima (Organisation)' });

    await user.click(port);
    expect(onActivate).toHaveBeenLastCalledWith(
      expect.objectContaining({
        type: 'entity',
        entity: expect.objectContaining({ id: 'port-of-lima' }),
        element: port,
      }),
    );
    port.focus();
    await user.keyboard('{Enter}');
    expect(onActivate).toHaveBeenCalledTimes(2);
    expect(onActivate.mock.lastCall?.[0]).toMatchObject({ type: 'entity' });

    quote.focus();
    await user.keyboard(' ');
    expect(onActivate.mock.lastCall?.[0]).toMatchObject({ type: 'quote', quote: { id: 'q1' } });
    await user.keyboard('{Enter}');
    expect(onActivate).toHaveBeenCalledTimes(4);
  });

  it("dims other speakers' quotes when a speaker is chosen, and marks the current quote", () => {
    const base = article();
    const art = { ...base, quotes: [...base.quotes, makeQuote('q3', spanOf(BODY, 'on Tuesday'))] };
    const { container } = render(
      <HighlightedBody article={art} activeSpeakerId="ana-ruiz" activeQuoteId="q2" />,
    );
    const dimmed = (id: string) =>
      container.querySelector(`[data-quote-id="${id}"]`)?.hasAttribute('data-dimmed');
    expect([dimmed('q1'), dimmed('q2'), dimmed('q3')]).toEqual([false, false, true]);
    expect(container.querySelector('[data-quote-id="q3"]')).toHaveAttribute('data-speaker', '');
    expect(container.querySelector('[data-quote-id="q2"]')).toHaveAttribute('aria-current', 'true');
  });

  it('renders hostile text literally and creates no elements from it', () => {
    const body = 'Before <script>alert(1)</script> and <img src=x onerror=alert(1)> after';
    const art = makeArticle(
      body,
      [makeQuote('q', spanOf(body, '<script>alert(1)</script>'))],
      [makeEntity('img', 'img', 'organization', [spanOf(body, '<img src=x onerror=alert(1)>')])],
    );
    const { container } = render(<HighlightedBody article={art} />);
    expect(container.querySelector('script, img')).toBeNull();
    expect(paragraphTexts(container)).toEqual([body]);
    expect(container.querySelector('[data-quote-id="q"]')).toHaveTextContent(
      '<script>alert(1)</script>',
    );
  });
});
