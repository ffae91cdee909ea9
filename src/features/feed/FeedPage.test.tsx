// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FeedPage } from './FeedPage';
import { seededQueryClient, serveFiles } from './testCorpus';

// The page's lazy parts (overview, chips, shortcuts, notes, dialogs, the filtering engine) are
// dynamic imports that Vitest transforms on first use: seconds on a busy machine. Load them once
// up front, with all the time that needs. A search or a filter also waits for files and idle
// time, which a busy machine has little of: here findBy…/waitFor wait up to 45 s (not
// tests/setup.ts's 15 s) and a test up to 2 minutes. They answer as soon as the element is
// there; only a failure waits long. Checked with `npm run test:load` (runs beside CPU burners).
configure({ asyncUtilTimeout: 45_000 });

beforeAll(async () => {
  await Promise.all([
    import('./FeedOverview'),
    import('./components/ActiveFilters'),
    import('./state/FeedShortcuts'),
    import('./components/EmptyResults'),
    import('./data/SearchFiles'),
    import('./components/ShortcutsHelp'),
    import('./components/FeedStates'),
    import('./components/IgnoredParamsNote'),
    import('./model/facetEngine'),
    import('@/components/ui/Dialog'),
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

/** Waits until the list shows exactly these cards (records arrive by page, filters by file). */
const expectTitles = (titles: string[]) => waitFor(() => expect(cardTitles()).toEqual(titles));

describe('FeedPage', { timeout: 120_000 }, () => {
  it('lists articles newest first as <article> cards linking to the reader', async () => {
    renderFeed();
    expect(await screen.findByRole('status')).toHaveTextContent('3 articles, newest first');
    await expectTitles([
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
    await waitFor(() => expect(router.state.location.search).toBe('?country=NZ'));
    await expectTitles(['Budget vote delayed in Wellington']);
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
    // Weather is disabled while the counts are still those of New Zealand's one article: they
    // follow the list in a deferred render, which a busy machine may paint a moment later.
    const weather = screen.getByRole('checkbox', { name: 'Weather' });
    await waitFor(() => expect(weather).toBeEnabled());
    await userEvent.click(weather);
    await waitFor(() => expect(router.state.location.search).toBe('?topic=weather'));
    await expectTitles(['Heavy rain floods rice terraces']);
  });

  it('reads the state from the URL, ignoring what does not parse with a note', async () => {
    renderFeed('/?country=JP,ZZZ&sort=quoted&topic=nonsense');
    // Filters wait for the facet files: the status says so, then the count.
    expect(await screen.findByText('2 articles, most quoted')).toHaveAttribute('role', 'status');
    // The note is a lazy part of the page: it may arrive a moment after the list.
    expect(await screen.findByRole('note')).toHaveTextContent('country=ZZZ');
    expect(screen.getByRole('note')).toHaveTextContent('topic=nonsense');
    expect(screen.getByRole('checkbox', { name: 'Japan' })).toBeChecked();
    await expectTitles(['Harbour bridge reopens after repairs', 'Heavy rain floods rice terraces']);
  });

  it('marks matched words and suggests which filter to remove when nothing matches', async () => {
    renderFeed('/?q=bridge');
    const title = await screen.findByRole('link', { name: 'Harbour bridge reopens after repairs' });
    expect(within(title).getByText('bridge').tagName).toBe('MARK');
    cleanup();
    const router = renderFeed('/?q=bridge&country=NZ');
    expect(await screen.findByText('No articles match this search.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Remove search “bridge”/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?country=NZ'));
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
    // o opens the active card once its record has arrived with the first page of records.
    await waitFor(async () => {
      await userEvent.keyboard('o');
      expect(router.state.location.pathname).toBe('/articles/a-harbour');
    });
  });

  it('keeps the active card when facet files arrive after it was chosen', async () => {
    // The facet files are held back until a card is active, then arrive: a new answer of the
    // same list, which must not take the reader's place in it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetched: string[] = [];
    const client = seededQueryClient(undefined, (files) => {
      const serve = serveFiles(files);
      return async (input, init) => {
        const path = String(input);
        if (path.includes('/facets/')) {
          await held;
          fetched.push(path);
        }
        return serve(input, init);
      };
    });
    const router = renderFeed('/', client);
    await screen.findByRole('list', { name: 'Articles' });
    const activeId = () =>
      document.querySelector('article[data-active]')?.getAttribute('data-article-id');
    await waitFor(async () => {
      await userEvent.keyboard('j');
      expect(activeId()).toBe('a-harbour');
    });
    await userEvent.keyboard('j');
    expect(activeId()).toBe('b-budget');
    release();
    // Every facet file the idle prefetch asks for has arrived and been attached.
    await waitFor(() => expect(fetched.length).toBeGreaterThanOrEqual(4));
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Japan' })).toHaveAccessibleDescription(
        '2 articles',
      ),
    );
    expect(activeId()).toBe('b-budget');
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('o');
    expect(router.state.location.pathname).toBe('/articles/b-budget');
  });

  it('toggles a topic from the chart, which opens on request', async () => {
    const router = renderFeed();
    await userEvent.click(await screen.findByRole('button', { name: 'Map and topics' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Weather, 1 article' }));
    await waitFor(() => expect(router.state.location.search).toBe('?topic=weather'));
    expect(screen.getByRole('button', { name: 'Weather, 1 article' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('toggles a country from the map', async () => {
    const router = renderFeed();
    await userEvent.click(await screen.findByRole('button', { name: 'Map and topics' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Japan, 2 articles' }));
    await waitFor(() => expect(router.state.location.search).toBe('?country=JP'));
    expect(screen.getByRole('button', { name: 'Japan, 2 articles' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  describe('full-text search', () => {
    it('finds articles by words in their text, from the search files', async () => {
      // "girders" is in the harbour article's body only, on no card.
      renderFeed('/?q=girders');
      expect(await screen.findByText(/^1 article matches “girders”/)).toHaveAttribute(
        'role',
        'status',
      );
      await expectTitles(['Harbour bridge reopens after repairs']);
    });

    it('says when the search files fail, and searches once they can be read', async () => {
      let fail = true;
      const client = seededQueryClient(undefined, (files) => {
        const serve = serveFiles(files);
        return async (input, init) =>
          fail && String(input).includes('/data/search/')
            ? new Response('gone', { status: 404 })
            : serve(input, init);
      });
      renderFeed('/?q=bridge', client);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/could not be loaded/);
      fail = false;
      await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText(/^1 article matches “bridge”/)).toBeInTheDocument();
      await expectTitles(['Harbour bridge reopens after repairs']);
    });
  });
});
