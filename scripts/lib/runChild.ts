/**
 * Runs a command as a child with the terminal's output, passing on the signals that stop this
 * process (SIGINT, SIGTERM, SIGHUP), so that stopping `npm start` stops what it runs instead of
 * leaving it running as an orphan. Resolves when the child has ended, with its exit code and the
 * signal that ended it, if any.
 */
import { spawn, type SpawnOptions } from 'node:child_process';

const STOPPING = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function runChild(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<{ code: number; signal?: NodeJS.Signals }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    const forward = (signal: NodeJS.Signals) => {
      child.kill(signal);
    };
    for (const signal of STOPPING) process.on(signal, forward);
    const done = (result: { code: number; signal?: NodeJS.Signals }) => {
      for (const signal of STOPPING) process.off(signal, forward);
      resolve(result);
    };
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      done({ code: 1 });
    });
    child.on('exit', (code, signal) => done(signal ? { code: 1, signal } : { code: code ?? 1 }));
  });
}
