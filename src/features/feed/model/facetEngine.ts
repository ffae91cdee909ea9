/**
 * The code that filters and counts, in a chunk of its own: the first screen is answered from the
 * manifest, so this loads with the first facet files (or the reader's imported articles).
 */
export { anyCountryColumn, decodeDocKeys, decodeFacetFile, quotedOrder } from './corpusColumns';
export { facetQuery } from './facetQuery';
export { FeedIndex } from './feedIndex';

export type FacetEngine = typeof import('./facetEngine');
