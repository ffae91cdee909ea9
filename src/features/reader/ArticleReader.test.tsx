// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '@/core/schema';
import { shardQueries } from '@/lib/queries/shardQueries';
import { ArticleReader } from './ArticleReader';
import { LAYERS_STORAGE_KEY } from './layers/layerParams';
import { READER_SETTINGS_STORAGE_KEY } from './settings/readerSettings';
import { READER_BODY, readerArticle } from './testReaderArticle';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

function renderReader(path = '/articles/faro-quay', article = readerArticle()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(shardQueries.detail(0).queryKey, {
    schemaVersion: SCHEMA_VERSION,
    shard: 0,
    records: [],
  });
  const router = createMemoryRouter(
    [{ path: '/articles/:id', element: <ArticleReader article={article} /> }],
    { initialEntries: [path] },
  );
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, user: userEvent.setup() };
}

const bodyOf = (container: HTMLElement) => {
  const body = container.querySelector<HTMLElement>('[data-highlighted-body]');
  if (!body) throw new Error('no body');
  return body;
};

describe('ArticleReader', () => {
  it('shows the header, and the body text unchanged with quotes and entities marked', () => {
    const { container } = renderReader();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Faro quay to open in spring',
    );
    expect(screen.getByText('Portugal')).toBeTruthy();
    expect(screen.getByText('Spain')).toBeTruthy();
    const body = bodyOf(container);
    const paragraphs = [...body.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(READER_BODY.split('\n\n'));
    expect(body.querySelector('[data-quote-id="q2"]')).toHaveAttribute(
      'data-speaker',
      'Ines Duarte',
    );
    expect(body.querySelectorAll('[data-entity-type="person"]').length).toBe(3);
  });

  it('links to the original of a fetched article, naming the outlet; no link without a web URL', () => {
    renderReader('/articles/faro-quay', {
      ...readerArticle(),
      source: { name: 'Harbour Ledger (sample)' },
      url: 'https://ledger.example/2026/faro-quay',
    });
    expect(screen.getByText('Harbour Ledger (sample)', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Read the original' })).toHaveAttribute(
      'href',
      'https://ledger.example/2026/faro-quay',
    );
    expect(screen.getByText('at ledger.example', { exact: false })).toBeTruthy();
    cleanup();
    renderReader('/articles/faro-quay', { ...readerArticle(), url: 'javascript:alert(1)' });
    expect(screen.queryByRole('link', { name: 'Read the original' })).toBeNull();
  });

  it('says when only part of the article carries highlights (a limit of the engine)', () => {
    const article = readerArticle();
    const limits = [{ kind: 'body-length' as const, annotated: 40, total: article.body.length }];
    renderReader(undefined, { ...article, limits });
    expect(screen.getByRole('note')).toHaveTextContent(
      `Highlights cover part of this article: only the first 40 of ${article.body.length} characters were annotated`,
    );
  });

  it('switches layers off and on, mirrored in the URL and remembered', async () => {
    const { container, router, user } = renderReader();
    expect(router.state.location.search).toBe('?layers=quotes,person,organization,location');
    await user.click(screen.getByRole('switch', { name: /People/ }));
    const body = bodyOf(container);
    expect(body.querySelectorAll('[data-entity-type="person"]').length).toBe(0);
    expect(body.querySelectorAll('[data-entity-type="location"]').length).toBe(1);
    expect(router.state.location.search).toBe('?layers=quotes,organization,location');
    expect(window.localStorage.getItem(LAYERS_STORAGE_KEY)).toBe('quotes,organization,location');
    await user.click(screen.getByRole('switch', { name: /Quotes/ }));
    expect(body.querySelectorAll('[data-quote-id]').length).toBe(0);
    await user.click(screen.getByRole('switch', { name: /Quotes/ }));
    await user.click(screen.getByRole('switch', { name: /People/ }));
    expect(body.querySelectorAll('[data-quote-id]').length).toBe(4);
    expect(body.querySelectorAll('[data-entity-type="person"]').length).toBe(3);
  });

  it('reads the layers from the URL first', () => {
    window.localStorage.setItem(LAYERS_STORAGE_KEY, 'quotes');
    const { container } = renderReader('/articles/faro-quay?layers=place');
    const body = bodyOf(container);
    expect(body.querySelectorAll('[data-quote-id]').length).toBe(0);
    expect(body.querySelectorAll('[data-entity-type="location"]').length).toBe(1);
    expect(screen.getByRole('switch', { name: /Places/ })).toHaveAttribute('aria-checked', 'true');
  });

  it('lands on a quote from the panel (focused, current) and dims other speakers', async () => {
    const { container, user } = renderReader();
    const panel = screen.getByRole('complementary', { name: 'Who said what' });
    await user.click(within(panel).getByRole('button', { name: /cost us a season/ }));
    const q3 = bodyOf(container).querySelector('[data-quote-id="q3"]');
    expect(document.activeElement).toBe(q3);
    expect(q3).toHaveAttribute('aria-current', 'true');
    await user.click(within(panel).getByRole('button', { name: /Ines Duarte/ }));
    expect(bodyOf(container).querySelector('[data-quote-id="q3"]')).toHaveAttribute('data-dimmed');
    expect(bodyOf(container).querySelector('[data-quote-id="q1"]')).not.toHaveAttribute(
      'data-dimmed',
    );
  });

  it('opens at the quote named by ?quote= and steps with n and p', async () => {
    const { container, user } = renderReader('/articles/faro-quay?quote=q2');
    const body = bodyOf(container);
    expect(document.activeElement).toBe(body.querySelector('[data-quote-id="q2"]'));
    await user.keyboard('n');
    expect(document.activeElement).toBe(body.querySelector('[data-quote-id="q3"]'));
    await user.keyboard('pp');
    expect(document.activeElement).toBe(body.querySelector('[data-quote-id="q1"]'));
    // With a speaker chosen, only their quotes: Rui Matos has one, so n stays on it.
    await user.click(screen.getByRole('button', { name: /Rui Matos · 1 quote/ }));
    await user.keyboard('n');
    expect(document.activeElement).toBe(body.querySelector('[data-quote-id="q3"]'));
    await user.keyboard('n');
    expect(document.activeElement).toBe(body.querySelector('[data-quote-id="q3"]'));
  });

  it("shows a quote's speaker on focus, pins a card on Enter and closes it with Esc", async () => {
    const { container, user } = renderReader();
    const q2 = bodyOf(container).querySelector<HTMLElement>('[data-quote-id="q2"]');
    act(() => q2?.focus());
    const preview = screen.getByRole('dialog', { name: 'Speaker: Ines Duarte' });
    expect(within(preview).getByText('harbour master')).toBeTruthy();
    await user.keyboard('{Enter}');
    const card = screen.getByRole('dialog', { name: 'Speaker: Ines Duarte' });
    expect(within(card).getByRole('link', { name: 'All quotes by Ines Duarte' })).toHaveAttribute(
      'href',
      '/entities/person-ines-duarte',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: /Speaker/ })).toBeNull();
    expect(document.activeElement).toBe(q2);
  });

  it('opens an entity card with type, aliases and mention count', async () => {
    const { user } = renderReader();
    await user.click(screen.getByRole('button', { name: 'Ines Duarte (Person)' }));
    const card = screen.getByRole('dialog', { name: 'Person: Ines Duarte' });
    expect(within(card).getByText('Duarte')).toBeTruthy();
    expect(within(card).getByText('Mentioned 2 times in this article.')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Everything about Ines Duarte' })).toBeTruthy();
  });

  it('keeps reader settings across visits and applies them', async () => {
    const first = renderReader();
    await first.user.click(screen.getByRole('button', { name: 'Reading settings' }));
    await first.user.click(screen.getByRole('radio', { name: 'Dyslexia-friendly' }));
    await first.user.click(screen.getByRole('radio', { name: 'Dark' }));
    await first.user.click(screen.getByRole('radio', { name: 'Wide' }));
    expect(JSON.parse(window.localStorage.getItem(READER_SETTINGS_STORAGE_KEY) ?? '{}')).toEqual({
      font: 'dyslexic',
      size: 'medium',
      width: 'wide',
      theme: 'dark',
    });
    cleanup();
    const { container } = renderReader();
    expect(container.querySelector('[data-reader-theme="dark"]')).toHaveClass('dark');
    const text = container.querySelector<HTMLElement>('.reader-text');
    expect(text?.style.fontFamily).toContain('OpenDyslexic');
  });

  it('lists the shortcuts on ?', async () => {
    const { user } = renderReader();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText(/^Next quote/)).toBeTruthy();
  });
});
