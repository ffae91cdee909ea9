/// <reference lib="webworker" />
/**
 * The annotation worker: parses the text, runs the engine (compromise and the country tables load
 * here, never on the page), validates the result and saves it to IndexedDB, so the page receives
 * only a small record and its main thread stays free.
 */
import { annotate } from '@/core/annotate';
import { annotatedArticleSchema } from '@/core/schema';
import { describeSchemaError } from '@/core/schemaErrors';
import { buildArticleInput } from '../imported/input/buildInput';
import { importedStore } from '../imported/store';
import { describeFailure } from './failure';
import type { FromWorker, ToWorker } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

function post(message: FromWorker): void {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const { runId, request } = event.data;
  const started = performance.now();
  try {
    post({ type: 'progress', runId, stage: 'reading' });
    const input = buildArticleInput(request);
    post({ type: 'progress', runId, stage: 'annotating' });
    const checked = annotatedArticleSchema.safeParse(annotate(input));
    if (!checked.success) {
      post({
        type: 'error',
        runId,
        kind: 'engine',
        message: `The annotation engine produced an invalid result: ${describeSchemaError(checked.error)}`,
      });
      return;
    }
    post({ type: 'progress', runId, stage: 'saving' });
    const record = await importedStore.save(checked.data);
    const ms = Math.round(performance.now() - started);
    const { limits } = checked.data;
    post({ type: 'done', runId, record, ms, ...(limits ? { limits } : {}) });
  } catch (error) {
    // An engine failure is an AnnotationError (annotate() never hides one): the page says so.
    post({ type: 'error', runId, ...describeFailure(error) });
  }
};
