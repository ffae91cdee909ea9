/** Worker thread: parses one input, annotates it with the core engine and caches the result. */
import { parentPort } from 'node:worker_threads';
import { annotate } from '../../core/annotate';
import { annotatedArticleSchema } from '../../core/schema';
import { InputError } from '../inputs/metadata';
import { parseInput } from '../inputs/parseInput';
import { writeCached } from './cache';
import type { AnnotateTask, AnnotateResult } from './pool';
import { describeSchemaError } from '../../core/schemaErrors';

async function handle(task: AnnotateTask): Promise<AnnotateResult> {
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
    return { seq: task.seq, ok: false, reason: `engine failed: ${String(error)}` };
  }
  // The engine owns the id; the ingest insists on the file's id.
  const checked = annotatedArticleSchema.safeParse({ ...annotated, id: task.id });
  if (!checked.success) {
    return {
      seq: task.seq,
      ok: false,
      reason: `engine output fails the schema: ${describeSchemaError(checked.error)}`,
    };
  }
  await writeCached(task.cacheFile, checked.data);
  return { seq: task.seq, ok: true, article: checked.data };
}

parentPort?.on('message', (task: AnnotateTask) => {
  handle(task).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) =>
      parentPort?.postMessage({
        seq: task.seq,
        ok: false,
        reason: `worker failed: ${String(error)}`,
      }),
  );
});
