// An engine failure is not hidden: annotate() throws, naming the article, instead of returning it
// unannotated as if nothing were there to find. The fault is injected into one engine stage.
import { describe, expect, it, vi } from 'vitest';
import { annotate, AnnotationError } from './annotate';

vi.mock('./entities/recognise', async (importOriginal) =>
  (await import('./testFault')).faultyRecognise(importOriginal),
);

describe('annotate: an engine failure', () => {
  it('throws an AnnotationError that names the article and keeps the cause', () => {
    const run = () =>
      annotate({ id: 'harbour-fault', body: 'The FAULT is here, Ana Ribeiro said.' });
    expect(run).toThrow(AnnotationError);
    expect(run).toThrow(/"harbour-fault".*RangeError: simulated engine fault/);
    try {
      run();
    } catch (error) {
      expect((error as AnnotationError).articleId).toBe('harbour-fault');
      expect((error as Error).cause).toBeInstanceOf(RangeError);
    }
  });

  it('leaves other articles alone', () => {
    expect(annotate({ body: 'Ana Ribeiro said the port would reopen.' }).quotes).toHaveLength(1);
  });
});
