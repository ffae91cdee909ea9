/** Helpers and texts for the import specs (everything here is written for the tests). */
import type { Page } from 'playwright-core';

/** A short article with quotes from two speakers, one of them quoted twice. */
export const FERRY_ARTICLE = [
  'Harbour town adds late ferries after commuter complaints',
  'The Kestrel Bay council voted on Monday to add two evening ferry crossings from March, after a summer of complaints from commuters.',
  '"We have listened, and the late boats are coming back," said Mayor Ruth Okonedo, who chaired the meeting.',
  'Not everyone was convinced. "Two crossings will not fix a service that runs late every other day," said Daniel Brierley, who leads the Kestrel Bay Commuters\' Association.',
  '"We will publish the punctuality figures every month," Okonedo added.',
].join('\n\n');

/** Paragraphs of ordinary news prose, about one in three carrying a quote. */
const FILLER = [
  'The Kestrel Bay council voted on Monday to add two evening ferry crossings from March, after a summer of complaints from commuters who said the last boat left too early.',
  '"We have listened, and the late boats are coming back," said Mayor Ruth Okonedo, who chaired the meeting.',
  'The harbour authority will pay for extra crew from a fund set aside for maintenance, according to papers seen before the vote. The fund was created five years ago after a storm damaged the northern pier.',
  'Residents on the island side of the bay have long argued that the timetable favours visitors over people who work on the mainland, and a petition last year gathered more than four thousand names.',
  "Daniel Brierley, who leads the commuters' association, said two crossings would not fix a service that runs late every other day.",
  'Engineers expect the new vessel, ordered from a yard in the south, to arrive in the spring of next year. Until then the older boats will carry the extra sailings, with fewer cars on each trip.',
];

/** Article text of about `bytes` bytes (ASCII, so characters = bytes), headline first. */
export function longArticle(bytes: number): string {
  const parts = ['A long record of the ferry debate'];
  let length = parts[0]?.length ?? 0;
  for (let i = 0; length < bytes; i++) {
    const paragraph = FILLER[i % FILLER.length] ?? '';
    if (length + paragraph.length + 2 > bytes) break;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

interface FileSpec {
  name: string;
  type: string;
  text?: string;
  bytes?: number[];
}

/**
 * Makes the file in the page and keeps it ready to drop (window.pendingDrop), so that building a
 * large test file is not counted as the app's work.
 */
export async function prepareFile(page: Page, file: FileSpec): Promise<void> {
  await page.evaluate(({ name, type, text, bytes }) => {
    const content = text ?? new Uint8Array(bytes ?? []);
    (window as unknown as { pendingDrop: File }).pendingDrop = new File([content], name, { type });
  }, file);
}

/** Drops the prepared file on the import page's drop zone, as a drag from the desktop would. */
export async function dropPreparedFile(page: Page): Promise<void> {
  await page.locator('[data-testid="drop-zone"]').waitFor();
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add((window as unknown as { pendingDrop: File }).pendingDrop);
    const zone = document.querySelector('[data-testid="drop-zone"]');
    if (!zone) throw new Error('no drop zone');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(
        new DragEvent(kind, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  });
}

/** Drops a file on the import page's drop zone. */
export async function dropFile(page: Page, file: FileSpec): Promise<void> {
  await prepareFile(page, file);
  await dropPreparedFile(page);
}

/** Waits for the import to finish and returns the status text ("Annotated …"). */
export async function waitForImported(page: Page, timeout = 30_000): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: 'Annotated' });
  await status.waitFor({ timeout });
  return (await status.textContent()) ?? '';
}

/** The speakers of the highlighted quotes, by quote text. */
export async function quoteSpeakers(page: Page): Promise<Record<string, string>> {
  await page.locator('mark.hl-quote').first().waitFor();
  return page.evaluate(() => {
    const result: Record<string, string> = {};
    for (const mark of document.querySelectorAll('mark.hl-quote:not([data-continued])')) {
      result[(mark.textContent ?? '').trim()] = mark.getAttribute('data-speaker') ?? '';
    }
    return result;
  });
}

/**
 * Puts text in the import text area as a paste does, in one input event. (Playwright's fill types
 * through the editing machinery, which takes seconds per 100 KB in Chromium.)
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  const area = page.getByLabel('Article text');
  await area.waitFor();
  await area.evaluate((element, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}
