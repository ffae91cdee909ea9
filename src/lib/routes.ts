/**
 * The router's path patterns, the redirect to an imported article and the link to an article:
 * the part of the app's paths (./paths.ts, which re-exports these) that the page frame and the
 * front page's first cards load before anything else.
 */
export const encode = encodeURIComponent;

// Route patterns for the router, and the paths of the pages without parameters: separate
// constants, which the minifier inlines.
export const feedRoute = '/';
export const articleRoute = '/articles/:id';
export const entityRoute = '/entities/:id';
export const importRoute = '/import';
export const importedRoute = '/import/:id';
export const aboutRoute = '/about';

/** An article the reader imported (kept in this browser). */
export const importedPath = (id: string): string => `/import/${encode(id)}`;

/** A corpus article (an imported id redirects to `importedPath`). */
export const articlePath = (id: string): string => `/articles/${encode(id)}`;
