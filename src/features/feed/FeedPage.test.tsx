// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodePostings } from '@/core/search/postings';
import { SCHEMA_VERSION } from '@/core/schema';
import { FeedPage } from './FeedPage';
import { seededQueryClient, TEST_MANIFEST } from './testCorpus';

// The page's lazy parts (overview, chips, shortcuts, dialogs, search index) are dynamic imports
// that Vitest transforms on first use: seconds on a busy machine. Load them once up front, with
// all the time that needs. A search also waits for the index, built in idle time, which a busy
// machine has little of: here findBy…/waitFor wait up to 45 s (not tests/setup.ts's 15 s) and a
// test up to 2 minutes. They answer as soon as the element is there; only a failure waits long.
// Checked with `npm run test:load` (5 runs in a row beside two CPU burners).
configure({ asyncUtilTimeout: 45_000 });

beforeAll(async () => {
  await Promise.all([
    import('./FeedOverview'),
    import('./components/ActiveFilters'),
    import('./state/FeedShortcuts'),
    import('./components/EmptyResults'),
    import('./components/ShortcutsHelp'),
    import('@/components/ui/Dialog'),
    import('./model/searchIndex'),
  ]);
}, 120_000);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderFeed(path = '/', client = seededQueryClient()) {
  const router = createMemoryRouter(
    [
      { path: '/', Component: FeedPage },
      { path: '/articles/:id', Component: () => <h1>Article page</h1> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const cardTitles = () =>
  within(screen.getByRole('list', { name: 'Articles' }))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe('FeedPage', { timeout: 120_000 }, () => {
  it('lists articles newest first as <article> cards linking to the reader', async () => {
    renderFeed();
    expect(await screen.findByRole('status')).toHaveTextContent('3 articles, newest first');
    expect(cardTitles()).toEqual([
      'Harbour bridge reopens after repairs',
      'Budget vote delayed in Wellington',
      'Heavy rain floods rice terraces',
    ]);
    const link = screen.getByRole('link', { name: 'Budget vote delayed in Wellington' });
    expect(link).toHaveAttribute('href', '/articles/b-budget');
    expect(link.closest('article')).not.toBeNull();
    expect(screen.getAllByText(/Aiko Sato/).length).toBeGreaterThan(0);
  });

  it('filters through checkboxes named by the value, and writes the URL', async () => {
    const router = renderFeed();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'New Zealand' }));
    expect(router.state.location.search).toBe('?country=NZ');
    expect(cardTitles()).toEqual(['Budget vote delayed in Wellington']);
    // Japan still offers its 2 articles: values of one facet combine with OR.
    expect(screen.getByRole('checkbox', { name: 'Japan' })).toHaveAccessibleDescription(
      '2 articles',
    );
    // A topic none of the results has is visible but disabled.
    expect(screen.getByRole('checkbox', { name: 'Politics' })).toBeDisabled();
    // The chips are a lazy part of the page: they may arrive a moment after the list.
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove filter Country: New Zealand' }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Weather' }));
    expect(router.state.location.search).toBe('?topic=weather');
    expect(cardTitles()).toEqual(['Heavy rain floods rice terraces']);
  });

  it('reads the state from the URL, ignoring what does not parse with a note', async () => {
    renderFeed('/?country=JP,ZZZ&sort=quoted&topic=nonsense');
    expect(await screen.findByRole('status')).toHaveTextContent('2 articles, most quoted');
    expect(screen.getByRole('note')).toHaveTextContent('country=ZZZ');
    expect(screen.getByRole('note')).toHaveTextContent('topic=nonsense');
    expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
    expect(cardTitles()).toEqual([
      'Harbour bridge reopens after repairs',
      'Heavy rain floods rice terraces',
    ]);
  });

  it('marks matched words and suggests which filter to remove when nothing matches', async () => {
    renderFeed('/?q=bridge');
    const title = await screen.findByRole('link', { name: 'Harbour bridge reopens after repairs' });
    expect(within(title).getByText('bridge').tagName).toBe('MARK');
    cleanup();
    const router = renderFeed('/?q=bridge&country=NZ');
    expect(await screen.findByText('No articles match this search.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Remove search “bridge”/ }));
    expect(router.state.location.search).toBe('?country=NZ');
  });

  it('moves between cards with j/k and opens with o', async () => {
    const router = renderFeed();
    await screen.findByRole('list', { name: 'Articles' });
    // The shortcuts are a lazy part of the page: press j until they answer (the first card).
    await waitFor(async () => {
      await userEvent.keyboard('j');
      expect(document.querySelector('article[data-active]')?.getAttribute('data-article-id')).toBe(
        'a-harbour',
      );
    });
    await userEvent.keyboard('j');
    await userEvent.keyboard('k');
    await userEvent.keyboard('o');
    expect(router.state.location.pathname).toBe('/articles/a-harbour');
  });

  it('toggles a topic from the chart', async () => {
    const router = renderFeed();
    await userEvent.click(await screen.findByRole('button', { name: 'Weather, 1 article' }));
    expect(router.state.location.search).toBe('?topic=weather');
    expect(screen.getByRole('button', { name: 'Weather, 1 article' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('toggles a country from the map', async () => {
    const router = renderFeed();
    await userEvent.click(await screen.findByRole('button', { name: 'Japan, 2 articles' }));
    expect(router.state.location.search).toBe('?country=JP');
    expect(screen.getByRole('button', { name: 'Japan, 2 articles' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  describe('full-text search', () => {
    /** A client whose manifest names one search file, served by `respond`. */
    const withSearchFile = (respond: () => Response) => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => respond()),
      );
      const client = seededQueryClient();
      client.setQueryData(['manifest'], {
        ...structuredClone(TEST_MANIFEST),
        searchShards: [{ file: 'search/0.test.json', hash: 'test', count: 3 }],
      });
      return client;
    };
    // "girders" is in the harbour article's body only, on no card.
    const searchFile = {
      schemaVersion: SCHEMA_VERSION,
      format: 'broadsheet-search/1',
      fullText: true,
      ...encodePostings(['a-harbour', 'b-budget'], new Map([['girders', [0]]])),
    };

    it('finds articles by words in their text, from the search files', async () => {
      renderFeed(
        '/?q=girders',
        withSearchFile(() => Response.json(searchFile)),
      );
      expect(await screen.findByText(/^1 article matches “girders”/)).toHaveAttribute(
        'role',
        'status',
      );
      expect(cardTitles()).toEqual(['Harbour bridge reopens after repairs']);
    });

    it('still searches titles, excerpts and speakers when the files fail, and says so', async () => {
      renderFeed(
        '/?q=bridge',
        withSearchFile(() => new Response('gone', { status: 404 })),
      );
      expect(await screen.findByRole('note')).toHaveTextContent(
        /Searching titles, excerpts and speakers only/,
      );
      expect(cardTitles()).toEqual(['Harbour bridge reopens after repairs']);
    });
  });
});
