// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type EntityFile } from '@/core/schema';
import { entityQueries } from '@/lib/queries/entityQueries';
import { EntityPage } from './EntityPage';

afterEach(cleanup);

const LENA: EntityFile = {
  schemaVersion: SCHEMA_VERSION,
  id: 'person-lena-ortiz',
  name: 'Lena Ortiz',
  type: 'person',
  aliases: ['Ortiz'],
  role: 'dam engineer',
  countries: ['CL', 'AR'],
  articles: [
    { id: 'old-dam', title: 'Dam inspected', published: '2025-04-02', file: 'a.json', mentions: 2 },
    { id: 'new-dam', title: 'Dam reopens', published: '2026-06-10', file: 'b.json', mentions: 4 },
  ],
  quotes: [
    { articleId: 'old-dam', quoteId: 'q2', kind: 'direct', text: '"It will hold,"' },
    { articleId: 'new-dam', quoteId: 'q1', kind: 'indirect', text: 'the work was finished' },
    { articleId: 'new-dam', quoteId: 'q7', kind: 'direct', text: '"We are proud,"' },
  ],
  related: [{ id: 'org-water-board', name: 'Water Board', type: 'organization', count: 2 }],
};

function renderEntity() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(entityQueries.detail(LENA.id).queryKey, LENA);
  const router = createMemoryRouter([{ path: '/entities/:id', element: <EntityPage /> }], {
    initialEntries: [`/entities/${LENA.id}`],
  });
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('EntityPage', () => {
  it('shows name, type, role, aliases and countries by name', () => {
    renderEntity();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lena Ortiz');
    expect(screen.getByText('Person')).toBeTruthy();
    expect(screen.getByText('dam engineer')).toBeTruthy();
    expect(screen.getByText('Ortiz')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Chile' })).toHaveAttribute('href', '/?country=CL');
    expect(screen.getByRole('link', { name: 'Argentina' })).toBeTruthy();
  });

  it('groups quotes by article, newest first, each linking to its place in the article', () => {
    const { container } = renderEntity();
    const groups = [...container.querySelectorAll('li[data-article-id]')];
    expect(groups.map((group) => group.getAttribute('data-article-id'))).toEqual([
      'new-dam',
      'old-dam',
    ]);
    const links = within(groups[0] as HTMLElement).getAllByRole('link', {
      name: /Read in context/,
    });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/articles/new-dam?quote=q1',
      '/articles/new-dam?quote=q7',
    ]);
  });

  it('lists the articles mentioning the entity and who appears with it', () => {
    renderEntity();
    const mentions = screen.getByRole('region', { name: 'Articles mentioning Lena Ortiz' });
    expect(within(mentions).getByText(/4 mentions/)).toBeTruthy();
    const related = screen.getByRole('region', { name: 'Often mentioned with' });
    expect(within(related).getByRole('link', { name: 'Water Board' })).toHaveAttribute(
      'href',
      '/entities/org-water-board',
    );
  });
});
