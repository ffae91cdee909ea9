import assert from 'node:assert/strict';
import type { E2E } from '../harness';
import { dropFile, longArticle, pasteText, waitForImported } from './importHelpers';

export async function binaryOversizedAndEmptyInputsAreRefusedClearly(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  const alert = page.getByRole('alert');

  // A PNG renamed to .txt: refused by content, not by name.
  const png = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ];
  await dropFile(page, { name: 'notes.txt', type: 'text/plain', bytes: png });
  await alert.filter({ hasText: 'is not text' }).waitFor();
  assert.match((await alert.textContent()) ?? '', /“notes\.txt” is not text/);

  await dropFile(page, {
    name: 'report.pdf',
    type: 'application/pdf',
    bytes: [0x25, 0x50, 0x44, 0x46],
  });
  await alert.filter({ hasText: 'report.pdf' }).waitFor();

  await dropFile(page, { name: 'huge.txt', type: 'text/plain', text: longArticle(1_300_000) });
  await alert.filter({ hasText: 'up to 1.0 MB' }).waitFor();
  assert.match((await alert.textContent()) ?? '', /“huge\.txt” is 1\.2 MB/);

  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await alert.filter({ hasText: 'There is no text to annotate' }).waitFor();

  await pasteText(page, longArticle(1_100_000));
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await alert.filter({ hasText: 'This text is 1.0 MB' }).waitFor();
  await page.getByText('Nothing imported yet.').waitFor();
}

export async function pastedScriptIsShownAsTextAndNeverRuns(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const text = [
    'Markup in a letter to the editor',
    'A reader wrote in with this line: <script>alert("pasted script ran")</script> and asked what it does.',
    '"It is only text here," said Ada Quill, who edits the letters page. <img src=x onerror="alert(1)">',
  ].join('\n\n');
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await waitForImported(page);
  await page.getByRole('link', { name: /Read it with highlights/ }).click();
  const body = page.locator('[data-highlighted-body]');
  await body.waitFor();
  const shown = (await body.textContent()) ?? '';
  assert.match(shown, /<script>alert\("pasted script ran"\)<\/script>/);
  assert.match(shown, /<img src=x onerror="alert\(1\)">/);
  assert.equal(await page.locator('main script, main img').count(), 0);
  assert.equal(dialogs, 0);
}

export async function oneMegabyteImportKeepsTheMainThreadFree(e2e: E2E): Promise<void> {
  const page = await e2e.open('/import');
  await page.locator('[data-testid="drop-zone"]').waitFor();
  const text = longArticle(1_040_000);
  // Observe long tasks from just before the drop until the import is saved.
  await page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await dropFile(page, { name: 'long.txt', type: 'text/plain', text });
  await waitForImported(page, 40_000);
  const elapsed = Date.now() - started;
  const durations = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  const max = Math.round(Math.max(0, ...durations));
  console.log(
    `      long tasks during a ${(text.length / 1e6).toFixed(2)} MB import (${(elapsed / 1000).toFixed(1)} s): ${durations.length}, longest ${max} ms`,
  );
  assert.ok(max <= 200, `a main-thread task took ${max} ms during the import`);
}
