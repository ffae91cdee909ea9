/** Messages between the import page and the annotation worker. */
import type { AnnotationLimit } from '@/core/schema';
import type { ImportRequest } from '../imported/input/types';
import type { ImportedRecord } from '../imported/record';

/** The steps a run goes through, in order; the page shows them as progress. */
export const IMPORT_STAGES = ['reading', 'annotating', 'saving'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

export type ToWorker = { type: 'import'; runId: number; request: ImportRequest };

export type ErrorKind = 'input' | 'storage' | 'engine';

export type FromWorker =
  | { type: 'progress'; runId: number; stage: ImportStage }
  /** `limits`: a limit of the engine applied, so only part of the text was annotated. */
  | { type: 'done'; runId: number; record: ImportedRecord; ms: number; limits?: AnnotationLimit[] }
  | { type: 'error'; runId: number; kind: ErrorKind; message: string };
