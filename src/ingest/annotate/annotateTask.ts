/**
 * One input through the engine: parse, annotate, check against the schema, cache. Runs in the
 * pool's worker threads (worker.ts); free of thread wiring so that it can run in-process too.
 */
import { annotate, AnnotationError } from '../../core/annotate';
import { annotatedArticleSchema } from '../../core/schema';
import { describeSchemaError } from '../../core/schemaErrors';
import { InputError } from '../../core/input/errors';
import { parseInput } from '../inputs/parseInput';
import { writeCached } from './cache';
import type { AnnotateResult, AnnotateTask } from './pool';

export async function annotateTask(task: AnnotateTask): Promise<AnnotateResult> {
  let input;
  try {
    input = parseInput(task.id, task.extension, task.bytes);
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `cannot parse: ${String(error)}`;
    return { seq: task.seq, ok: false, reason };
  }
  let annotated;
  try {
    annotated = annotate(input);
  } catch (error) {
    // The path names the article; the cause says what broke.
    const cause = error instanceof AnnotationError ? error.cause : error;
    return {
      seq: task.seq,
      ok: false,
      reason: `the annotation engine failed on it (${String(cause)}); it was left out`,
      engine: true,
    };
  }
  // The engine owns the id; the ingest insists on the file's id.
  const checked = annotatedArticleSchema.safeParse({ ...annotated, id: task.id });
  if (!checked.success) {
    return {
      seq: task.seq,
      ok: false,
      reason: `engine output fails the schema: ${describeSchemaError(checked.error)}`,
      engine: true,
    };
  }
  await writeCached(task.cacheFile, checked.data);
  return { seq: task.seq, ok: true, article: checked.data };
}
