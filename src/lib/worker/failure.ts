/** What the import page is told when an import fails in the worker: the kind and a message. */
import { AnnotationError } from '@/core/annotate';
import { InputError } from '@/core/input/errors';
import { StorageError } from '../imported/errors';
import type { ErrorKind } from './protocol';

export function describeFailure(error: unknown): { kind: ErrorKind; message: string } {
  if (error instanceof AnnotationError) {
    return {
      kind: 'engine',
      message: `The annotation engine failed on this article (${String(error.cause)}). Nothing was saved.`,
    };
  }
  const kind =
    error instanceof InputError ? 'input' : error instanceof StorageError ? 'storage' : 'engine';
  return { kind, message: error instanceof Error ? error.message : String(error) };
}
