/** What the feed loads when a reader first searches: one chunk, imported on demand. */
export { CorpusSearch, decodeBucket } from './corpusSearch';
export { SearchIndex } from './searchIndex';
