/** Worker thread: runs annotateTask for each input the pool sends and posts the result back. */
import { parentPort } from 'node:worker_threads';
import { annotateTask } from './annotateTask';
import type { AnnotateTask } from './pool';

parentPort?.on('message', (task: AnnotateTask) => {
  annotateTask(task).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) =>
      parentPort?.postMessage({
        seq: task.seq,
        ok: false,
        reason: `worker failed: ${String(error)}`,
      }),
  );
});
