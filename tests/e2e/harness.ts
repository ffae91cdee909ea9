/**
 * What an end-to-end test receives: a running copy of the built app and a real Chromium.
 * See tests/e2e/README.md for how to add a spec.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface E2E {
  /** The app's address, e.g. "http://127.0.0.1:41234" (no trailing slash). */
  baseUrl: string;
  browser: Browser;
  /**
   * Opens a path of the app in a fresh browser context (its own storage), waits for the page to
   * load and returns it. Contexts are closed when the test ends.
   */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
  /** Runs axe on the page as it is now and throws, listing each rule and element, on any violation. */
  expectNoAxeViolations(page: Page, label?: string): Promise<void>;
  /** Reads a corpus file the app serves (`/data/<path>`), as JSON. */
  data(path: string): Promise<unknown>;
}

/** Builds the helper for one test; `close()` closes every context the test opened. */
export function createE2E(baseUrl: string, browser: Browser, pageErrors: string[]) {
  const contexts: BrowserContext[] = [];
  const e2e: E2E = {
    baseUrl,
    browser,
    async open(path, options) {
      const context = await browser.newContext({ baseURL: baseUrl, ...options });
      contexts.push(context);
      const page = await context.newPage();
      // An uncaught exception in the app fails the test even if the page looks right.
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      await page.goto(path);
      return page;
    },
    async expectNoAxeViolations(page, label) {
      const results = await new AxeBuilder({ page }).analyze();
      if (results.violations.length === 0) return;
      const lines = results.violations.map((violation) => {
        const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
        return `  ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${targets}`;
      });
      throw new Error(`axe found violations on ${label ?? page.url()}:\n${lines.join('\n')}`);
    },
    async data(path) {
      const response = await fetch(`${baseUrl}/data/${path}`);
      if (!response.ok) throw new Error(`/data/${path}: ${response.status}`);
      return response.json();
    },
  };
  return {
    e2e,
    close: async () => {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    },
  };
}
