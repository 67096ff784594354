/**
 * The terminal console: answers commands typed one per line, the same answers the bot gives.
 * Interactive, it prompts; piped, it prints one answer per input line; it ends at end of input.
 */
import { createInterface } from 'node:readline';
import { answer } from '../answers/answer.js';
import { parseCommandText } from '../answers/parseCommandText.js';
import { createQueryContext, type QueryContext } from '../query/queryContext.js';
import type { QueryLexicon } from '../query/queryLexicon.js';
import { renderForTerminal } from '../render/terminalRenderer.js';
import { DEFAULT_ARTICLES_DIR, ensureIndex } from './ensureIndex.js';

export interface ConsoleOptions {
  indexPath: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  /** The folder to build a missing or stale index from; null to only load. Default data/articles. */
  articlesDir?: string | null;
  /** The query vocabulary; the lexicon folder's by default. */
  lexicon?: Partial<QueryLexicon>;
  /** The current date for /deadline; the clock by default. */
  now?: () => Date;
}

const BANNER =
  'tariff-desk: type a command such as /quote bessent or /tariff autos; /help lists them all. Ctrl+D quits.';

/** Answers typed commands one line at a time; resolves when the input ends (or on `exit`). */
export async function runConsole(opts: ConsoleOptions): Promise<void> {
  const index = ensureIndex({
    indexPath: opts.indexPath,
    articlesDir: opts.articlesDir === undefined ? DEFAULT_ARTICLES_DIR : opts.articlesDir,
  });
  const ctx = createQueryContext(index, opts.lexicon);
  const now = opts.now ?? (() => new Date());
  const rl = createInterface({
    input: opts.input,
    output: opts.interactive ? opts.output : undefined,
    terminal: opts.interactive,
    prompt: '> ',
  });
  const write = (text: string) => opts.output.write(`${text}\n`);

  if (opts.interactive) {
    write(BANNER);
    rl.prompt();
  }
  let closed = false;
  rl.on('line', (line) => {
    // Lines already read from the same chunk still arrive after close().
    if (closed) return;
    const reply = respond(ctx, line, now());
    if (reply === 'exit') {
      closed = true;
      rl.close();
      return;
    }
    // A blank line after each answer, so answers to piped lines stay apart.
    if (reply !== null) write(`${reply}\n`);
    if (opts.interactive) rl.prompt();
  });
  await new Promise<void>((resolve) => rl.once('close', resolve));
}

/** The text answering one line: null for a blank line, 'exit' to stop. */
export function respond(ctx: QueryContext, line: string, now: Date): string | null | 'exit' {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  if (/^(exit|quit)$/i.test(trimmed)) return 'exit';
  const parsed = parseCommandText(trimmed);
  if ('error' in parsed) return parsed.error;
  return renderForTerminal(answer(ctx, parsed.command, parsed.options, now));
}
