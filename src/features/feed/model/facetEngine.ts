/**
 * The code that filters and counts, in a chunk of its own: the first screen is answered from the
 * manifest, so this loads with the first facet files (or the reader's imported articles).
 */
export { anyCountryColumn, decodeDocKeys, decodeFacetFile } from './corpusColumns';
export { filteredAnswer, ordered, unfilteredCounts } from './corpusQuery';
export { FeedIndex } from './feedIndex';
export { withImported } from './withImported';

export type FacetEngine = typeof import('./facetEngine');
