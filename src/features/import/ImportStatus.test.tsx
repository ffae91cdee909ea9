// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toImportedRecord } from '@/lib/imported/record';
import { importedArticle } from '@/lib/imported/testArticle';
import { ImportStatus } from './ImportStatus';

const renderStatus = (ui: React.ReactElement) => render(<MemoryRouter>{ui}</MemoryRouter>);

describe('ImportStatus', () => {
  afterEach(cleanup);

  it('shows the step while running, with a way to cancel', async () => {
    const onCancel = vi.fn();
    renderStatus(
      <ImportStatus state={{ status: 'running', stage: 'annotating' }} onCancel={onCancel} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Step 2 of 3: Finding quotes');
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('explains a refusal as an alert', () => {
    renderStatus(
      <ImportStatus
        state={{ status: 'failed', kind: 'storage', message: 'Nothing was saved.' }}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The article could not be savedNothing was saved.',
    );
  });

  it('tells the reader when the engine failed on the article', () => {
    renderStatus(
      <ImportStatus
        state={{
          status: 'failed',
          kind: 'engine',
          message:
            'The annotation engine failed on this article (RangeError: Maximum call stack size exceeded). Nothing was saved.',
        }}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The article could not be annotatedThe annotation engine failed on this article (RangeError',
    );
  });

  it('says when only part of the text was annotated', () => {
    const record = toImportedRecord(importedArticle(), new Date('2026-03-01T00:00:00Z'));
    const limits = [{ kind: 'body-length' as const, annotated: 1_999_990, total: 2_500_000 }];
    renderStatus(
      <ImportStatus state={{ status: 'done', record, ms: 420, limits }} onCancel={() => {}} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Only the first 1,999,990 of 2,500,000 characters were annotated',
    );
  });

  it('sums up the result and links to the article', () => {
    const record = toImportedRecord(importedArticle(), new Date('2026-03-01T00:00:00Z'));
    renderStatus(<ImportStatus state={{ status: 'done', record, ms: 420 }} onCancel={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 quotes from 2 speakers (Nell Arden, Omar Vale), 3 names found in 420 ms.',
    );
    expect(screen.getByRole('link', { name: /Read it with highlights/ })).toHaveAttribute(
      'href',
      '/import/mine-test-1',
    );
  });
});
