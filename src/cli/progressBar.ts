import { STAGES } from '../pipeline/pipeline.js';

/** Folders below this many files build too fast for a progress bar to help. */
const MIN_FILES = 200;
const WIDTH = 30;

/**
 * A one-line progress bar on stderr, drawn only on a terminal and only for large folders: reading
 * the files, then each extraction stage over the articles ("[####.....] 4000/10000 articles:
 * deadlines"), redrawn when the whole percent or the step changes, ended with a line break once
 * the last step is done.
 */
export function progressBar(
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'> = process.stderr,
  lastStep = STAGES[STAGES.length - 1]!.name,
): (step: string, done: number, total: number) => void {
  let drawn = '';
  return (step, done, total) => {
    if (!stream.isTTY || total < MIN_FILES) return;
    const percent = Math.floor((done / total) * 100);
    const key = `${step} ${percent}`;
    if (key === drawn && done !== total) return;
    drawn = key;
    const filled = Math.round((done / total) * WIDTH);
    const label = step === 'reading' ? 'articles read' : `articles: ${step}`;
    // Padded so that a shorter step name leaves nothing of a longer one behind.
    const line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${label}`;
    stream.write(`\r${line.padEnd(WIDTH + 40)}`);
    if (done === total && step === lastStep) stream.write('\n');
  };
}
