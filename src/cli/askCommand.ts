/** `npm run ask -- "/quote bessent"`: one answer in the terminal (or as JSON), then exit. */
import { parseArgs } from 'node:util';
import { answer } from '../answers/answer.js';
import { parseCommandText } from '../answers/parseCommandText.js';
import { UsageError } from '../errors.js';
import { DEFAULT_INDEX_PATH } from '../index/loadIndex.js';
import { createQueryContext } from '../query/queryContext.js';
import { renderForTerminal } from '../render/terminalRenderer.js';
import { DEFAULT_ARTICLES_DIR, ensureIndex } from './ensureIndex.js';
import { runCli } from './runCli.js';

const USAGE = `Usage: npm run ask -- "/command option:value ..." [--json] [--index FILE] [--now YYYY-MM-DD]

  "/quote bessent"                  a bare value goes to the command's first option
  "/quote speaker:bessent about:deal"
  --json         print the structured answer: {command, options, title, items[], message?, suggestions?}
  --index FILE   answer from another index file (default ${DEFAULT_INDEX_PATH}, built from
                 ${DEFAULT_ARTICLES_DIR} first when missing or older than the articles)
  --now DATE     the current date for /deadline (default today)`;

export interface AskArgs {
  line: string;
  json: boolean;
  indexPath: string | null;
  now: Date;
}

export function parseAskArgs(argv: string[], today: Date = new Date()): AskArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        index: { type: 'string' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const line = positionals.join(' ').trim();
  if (line === '') throw new UsageError(`Say what to ask.\n\n${USAGE}`);
  let now = today;
  if (values.now !== undefined) {
    now = new Date(`${values.now}T12:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.now) || Number.isNaN(now.getTime()))
      throw new UsageError(`--now ${values.now} is not a date; write it as YYYY-MM-DD.`);
  }
  return { line, json: values.json, indexPath: values.index ?? null, now };
}

runCli(() => {
  const args = parseAskArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return;
  }
  const parsed = parseCommandText(args.line);
  if ('error' in parsed) throw new UsageError(parsed.error);
  // An index named with --index is someone's own file: it is read, never rebuilt over.
  const index = ensureIndex({
    indexPath: args.indexPath ?? DEFAULT_INDEX_PATH,
    articlesDir: args.indexPath === null ? DEFAULT_ARTICLES_DIR : null,
  });
  const result = answer(createQueryContext(index), parsed.command, parsed.options, args.now);
  console.log(args.json ? JSON.stringify(result, null, 2) : renderForTerminal(result));
});
