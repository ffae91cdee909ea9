import { createRequire } from 'node:module';

// jsdom ships no types (and @types/jsdom is not installed): load it untyped and describe the
// little the benchmark uses, without declaring the module for the whole project.
interface JsdomModule {
  JSDOM: new (html?: string) => { window: Window & typeof globalThis };
}

/** A jsdom window holding `html`. */
export function jsdomWindow(html: string): Window & typeof globalThis {
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
  return new JSDOM(html).window;
}
