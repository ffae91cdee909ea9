/** A corpus file that could not be fetched or did not match the schema; the message names the file. */
export class DataFileError extends Error {
  readonly file: string;
  /** The HTTP status when the server answered with an error. */
  readonly status: number | undefined;

  constructor(file: string, message: string, status?: number) {
    super(message);
    this.name = 'DataFileError';
    this.file = file;
    this.status = status;
  }
}

/** Something the URL asked for (an article, an entity) that the corpus does not have. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** True for a data file the server does not have (HTTP 404). */
export function isMissingFile(error: unknown): boolean {
  return error instanceof DataFileError && error.status === 404;
}
