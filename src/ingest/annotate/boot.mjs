// Worker entry: registers tsx's loader inside the worker thread, then loads the TypeScript worker.
// (On Node 20, `new Worker(url, { execArgv: ['--import', 'tsx'] })` fails with
// ERR_UNKNOWN_FILE_EXTENSION; registering the loader from inside the worker works.)
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
