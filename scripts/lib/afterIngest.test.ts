import { describe, expect, it } from 'vitest';
import { afterIngest } from './afterIngest';

describe('npm start after the ingest', () => {
  it('serves when every input was ingested', () => {
    expect(afterIngest(0, true)).toEqual({ serve: true, message: null });
  });

  it('serves the good articles when some inputs were refused', () => {
    expect(afterIngest(1, true)).toMatchObject({ serve: true, message: /refused/ });
  });

  it('serves the previous corpus when the ingest failed but left one', () => {
    expect(afterIngest(2, true)).toMatchObject({ serve: true, message: /previous run/ });
  });

  it('stops when there is nothing to serve', () => {
    expect(afterIngest(2, false)).toMatchObject({ serve: false });
    expect(afterIngest(1, false)).toMatchObject({ serve: false });
  });
});
