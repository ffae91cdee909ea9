/**
 * The one contract between the core, the corpus files and the UI.
 * The ingest validates what it writes and the app validates what it reads with these schemas.
 * Offsets are JavaScript string indices (UTF-16 code units) into `body`, end exclusive.
 *
 * Written with zod/mini (functions instead of methods, so a bundle keeps only the validators it
 * uses): the front page reads its data through these schemas, and classic zod would add about
 * 20 KB gzip to its JavaScript. Error messages come from schemaErrors.ts, not zod's locale.
 *
 * In three modules, re-exported here: schemaCorpus.ts (the manifest and record pages: the front
 * page's first screen), schemaFeedFiles.ts (the front page's other files) and schemaArticle.ts
 * (articles, lookups, entities). The front page imports the first directly and the second when
 * it fetches those files: zod builds every schema of a module as it loads, and the others cost
 * a slow phone's first screen time for files it does not read yet.
 */
import { SCHEMA_VERSION } from './schemaVersion';

export { SCHEMA_VERSION };
export * from './schemaCorpus';
export * from './schemaFeedFiles';
export * from './schemaArticle';
