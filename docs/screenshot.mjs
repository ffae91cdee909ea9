#!/usr/bin/env node
// Takes the README screenshot (docs/broadsheet.png) of the built app with headless Chromium.
// Build first (`npm run build`), then: node docs/screenshot.mjs [path] [light|dark]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const [path = '/', scheme = 'light'] = process.argv.slice(2);
const port = 4399;
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port)], {
  cwd: root,
  stdio: 'ignore',
});
try {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const context = await browser.newContext({
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    viewport: { width: 1200, height: 820 },
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.locator('main h1, main h2').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: fileURLToPath(new URL('broadsheet.png', import.meta.url)) });
  await browser.close();
} finally {
  server.kill();
}
