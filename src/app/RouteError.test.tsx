// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { DataFileError, NotFoundError } from '@/lib/errors';
import { RouteError } from './RouteError';

function renderFailingRoute(error: unknown) {
  const router = createMemoryRouter([
    {
      path: '/',
      loader: () => {
        throw error;
      },
      Component: () => null,
      errorElement: <RouteError what="this article" />,
      HydrateFallback: () => null,
    },
  ]);
  render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  it('names the file and field of a data error and links home', async () => {
    renderFailingRoute(
      new DataFileError('/data/a.json', '/data/a.json: quotes.0.kind: Invalid option'),
    );
    expect(
      await screen.findByRole('heading', { name: 'Could not load this article' }),
    ).toBeVisible();
    expect(screen.getByText('/data/a.json: quotes.0.kind: Invalid option')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the front page' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('shows a not-found message for an unknown id', async () => {
    renderFailingRoute(new NotFoundError('There is no article "x".'));
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeVisible();
    expect(screen.getByText('There is no article "x".')).toBeVisible();
  });

  it('shows the message of any other error', async () => {
    renderFailingRoute(new Error('boom'));
    expect(
      await screen.findByRole('heading', { name: 'Something went wrong showing this article' }),
    ).toBeVisible();
    expect(screen.getByText('boom')).toBeVisible();
  });
});
