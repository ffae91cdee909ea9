/**
 * The ingest's DOM for HTML inputs: jsdom, created without `runScripts` and without `resources`
 * (left unset on purpose), so a `<script>` in an input never runs and nothing is fetched.
 */
import { JSDOM } from 'jsdom';
import type { HtmlDom } from '../../core/input/html';

export const jsdomAdapter: HtmlDom = {
  parse: (html) => new JSDOM(html).window.document,
  release: (document) => document.defaultView?.close(),
};
