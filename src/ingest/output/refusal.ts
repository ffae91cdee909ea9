/**
 * The ingest will not do what it was asked, to protect something: an --out that is not its own,
 * that overlaps the content or the cache, an output locked by a live run, an empty content folder.
 * Nothing was written or deleted. The command line prints the message and exits with code 2.
 */
export class OutputRefusal extends Error {
  override name = 'OutputRefusal';
}
