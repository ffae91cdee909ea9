/**
 * Runs imports in the annotation worker. The worker (and with it the engine) is created on the
 * first import, not when the page loads, and kept for later imports; cancelling terminates it.
 */
import type { AnnotationLimit } from '@/core/schema';
import type { ImportRequest } from '../imported/input/types';
import type { ImportedRecord } from '../imported/record';
import type { ErrorKind, FromWorker, ImportStage } from './protocol';

/** An import that failed; `kind` tells bad input, storage and engine failures apart. */
export class ImportError extends Error {
  readonly kind: ErrorKind | 'cancelled';

  constructor(message: string, kind: ImportError['kind']) {
    super(message);
    this.name = 'ImportError';
    this.kind = kind;
  }
}

export interface ImportOutcome {
  record: ImportedRecord;
  /** Time the worker took, from reading to saved. */
  ms: number;
  /** Limits of the engine that applied: only part of the text was annotated. */
  limits?: AnnotationLimit[];
}

let worker: Worker | undefined;
let nextRunId = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./annotate.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function discardWorker(): void {
  worker?.terminate();
  worker = undefined;
}

/** Imports one article; progress is reported by stage. Rejects with an ImportError. */
export function runImport(
  request: ImportRequest,
  onProgress: (stage: ImportStage) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ImportError('The import was cancelled.', 'cancelled'));
      return;
    }
    const runId = nextRunId++;
    const current = getWorker();
    const finish = () => {
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.runId !== runId) return;
      if (message.type === 'progress') onProgress(message.stage);
      else if (message.type === 'done') {
        finish();
        const { record, ms, limits } = message;
        resolve({ record, ms, ...(limits ? { limits } : {}) });
      } else {
        finish();
        reject(new ImportError(message.message, message.kind));
      }
    };
    const onError = (event: ErrorEvent) => {
      finish();
      discardWorker();
      reject(
        new ImportError(
          `The annotation engine could not run${event.message ? ` (${event.message})` : ''}.`,
          'engine',
        ),
      );
    };
    const onAbort = () => {
      finish();
      // The engine cannot be interrupted mid-article: stopping the worker is the only way.
      discardWorker();
      reject(new ImportError('The import was cancelled.', 'cancelled'));
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    current.postMessage({ type: 'import', runId, request });
  });
}
