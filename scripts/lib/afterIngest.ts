/**
 * What `npm start` does after the ingest, from its exit code: 0 all inputs ingested, 1 some
 * inputs were refused but the rest was written (the ingest named them), 2 the ingest failed and
 * left the previous output as it was.
 * `hasData`: whether public/data holds a corpus (a manifest) now.
 */
export function afterIngest(
  code: number | null,
  hasData: boolean,
): { serve: boolean; message: string | null } {
  if (code === 0) return { serve: true, message: null };
  if (code === 1 && hasData) {
    return {
      serve: true,
      message: 'Some articles were refused (see above); serving the others.',
    };
  }
  if (hasData) {
    return {
      serve: true,
      message: 'The ingest failed (see above); serving the corpus from the previous run.',
    };
  }
  return { serve: false, message: 'The ingest failed and there is no earlier corpus to serve.' };
}
