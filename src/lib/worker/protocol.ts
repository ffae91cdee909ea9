/** Messages between the import page and the annotation worker. */
import type { ImportRequest } from '../imported/input/types';
import type { ImportedRecord } from '../imported/record';

/** The steps a run goes through, in order; the page shows them as progress. */
export const IMPORT_STAGES = ['reading', 'annotating', 'saving'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export type ToWorker = { type: 'import'; runId: number; request: ImportRequest };

export type ErrorKind = 'input' | 'storage' | 'engine';

export type FromWorker =
  | { type: 'progress'; runId: number; stage: ImportStage }
  | { type: 'done'; runId: number; record: ImportedRecord; ms: number }
  | { type: 'error'; runId: number; kind: ErrorKind; message: string };
