/**
 * Progress for long runs: a redrawn bar on a terminal (files done, rate, time left), plain log lines
 * otherwise (at most one every few seconds, so CI logs stay short), nothing with --quiet.
 */
export interface Reporter {
  /** `unit` names what is counted (default "files"). */
  progress(stage: string, done: number, total: number, unit?: string): void;
  log(line: string): void;
  warn(line: string): void;
  finish(): void;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}

export function createReporter(options: {
  quiet?: boolean;
  tty?: boolean;
  write?: (text: string) => void;
}): Reporter {
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  const tty = options.tty ?? Boolean(process.stderr.isTTY);
  let stageStart = Date.now();
  let currentStage = '';
  let lastDraw = 0;
  let barShown = false;
  const clearBar = (): void => {
    if (barShown) write('\r\x1b[2K');
    barShown = false;
  };
  return {
    progress(stage, done, total, unit = 'files') {
      if (options.quiet) return;
      const now = Date.now();
      if (stage !== currentStage) {
        currentStage = stage;
        stageStart = now;
        lastDraw = 0;
      }
      const finished = done >= total;
      if (!finished && now - lastDraw < (tty ? 100 : 5000)) return;
      lastDraw = now;
      const elapsed = (now - stageStart) / 1000;
      const rate = elapsed > 0 ? done / elapsed : 0;
      const eta = rate > 0 ? (total - done) / rate : Infinity;
      const figures = `${done}/${total} ${unit} · ${rate.toFixed(1)}/s · ${finished ? `took ${formatDuration(elapsed)}` : `${formatDuration(eta)} left`}`;
      if (tty) {
        const width = 28;
        const filled = total > 0 ? Math.round((done / total) * width) : width;
        write(`\r\x1b[2K${stage} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${figures}`);
        barShown = true;
        if (finished) {
          write('\n');
          barShown = false;
        }
      } else {
        write(`${stage}: ${figures}\n`);
      }
    },
    log(line) {
      if (options.quiet) return;
      clearBar();
      write(`${line}\n`);
    },
    warn(line) {
      clearBar();
      write(`${line}\n`);
    },
    finish() {
      clearBar();
    },
  };
}
