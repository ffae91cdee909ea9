import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AnnotationLimit } from '@/core/schema';
import { importedQueries } from '@/lib/imported/queries';
import type { ImportedRecord } from '@/lib/imported/record';
import type { ImportRequest } from '@/lib/imported/input/types';
import { InputError } from '@/core/input/errors';
import { ImportError, runImport } from '@/lib/worker/importClient';
import type { ImportStage } from '@/lib/worker/protocol';

export type ImportState =
  | { status: 'idle' }
  | { status: 'running'; stage: ImportStage }
  | { status: 'done'; record: ImportedRecord; ms: number; limits?: AnnotationLimit[] }
  | { status: 'failed'; message: string; kind: 'input' | 'storage' | 'engine' };

/**
 * One import at a time: `start` takes a function that prepares the request (reading a file,
 * extracting HTML) so that its failures land in the same state as the worker's.
 */
export function useImportRun() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Leaving the page cancels a run still in progress.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (prepare: () => Promise<ImportRequest>): Promise<boolean> => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ status: 'running', stage: 'reading' });
      try {
        const request = await prepare();
        if (current.signal.aborted) return false;
        const outcome = await runImport(
          request,
          (stage) => setState({ status: 'running', stage }),
          current.signal,
        );
        setState({ status: 'done', ...outcome });
        await queryClient.invalidateQueries({ queryKey: importedQueries.all() });
        return true;
      } catch (error) {
        if (error instanceof ImportError && error.kind === 'cancelled') {
          setState({ status: 'idle' });
          return false;
        }
        if (current.signal.aborted) return false;
        const kind =
          error instanceof InputError
            ? 'input'
            : error instanceof ImportError
              ? error.kind
              : 'engine';
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'failed', message, kind: kind === 'cancelled' ? 'engine' : kind });
        return false;
      } finally {
        if (controller.current === current) controller.current = null;
      }
    },
    [queryClient],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'idle' });
  }, []);
  const dismiss = useCallback(() => setState({ status: 'idle' }), []);

  return { state, start, cancel, dismiss };
}
