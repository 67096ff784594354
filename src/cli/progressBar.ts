/** Files below this count build too fast for a progress bar to help. */
const MIN_FILES = 200;

/** A one-line progress bar on stderr, drawn only on a terminal and only for large folders. */
export function progressBar(
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    if (!stream.isTTY || total < MIN_FILES) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last && done !== total) return;
    last = percent;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles`);
    if (done === total) stream.write('\n');
  };
}
