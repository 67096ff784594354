import { watch } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { buildIndex, DEFAULT_MAX_BYTES } from '../index/buildIndex.js';
import { DEFAULT_INDEX_PATH } from '../index/loadIndex.js';
import { summarize } from '../index/summary.js';
import { writeIndex } from '../index/writeIndex.js';
import { DEFAULT_LEXICON_DIR } from '../lexicon/lexicon.js';
import { progressBar } from './progressBar.js';
import { isMain, runCli } from './runCli.js';

const USAGE = `Usage: npm run index -- [--in DIR] [--out FILE] [--lexicon DIR] [--strict] [--watch] [--max-bytes N]

  --in DIR       the article folder (default data/articles)
  --out FILE     the index file to write (default ${DEFAULT_INDEX_PATH})
  --lexicon DIR  the vocabulary folder (default ${DEFAULT_LEXICON_DIR})
  --strict       fail on any warning instead of skipping the file
  --max-bytes N  skip article files larger than N bytes (default ${DEFAULT_MAX_BYTES})
  --watch        build again whenever an article is added, changed or removed`;

export interface IndexArgs {
  inDir: string;
  out: string;
  lexiconDir: string;
  strict: boolean;
  watch: boolean;
  maxBytes: number;
}

export function parseIndexArgs(argv: string[]): IndexArgs | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        in: { type: 'string', default: 'data/articles' },
        out: { type: 'string', default: DEFAULT_INDEX_PATH },
        lexicon: { type: 'string', default: DEFAULT_LEXICON_DIR },
        strict: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        'max-bytes': { type: 'string', default: String(DEFAULT_MAX_BYTES) },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return 'help';
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new UsageError(
      `--max-bytes ${values['max-bytes']} is not a positive whole number of bytes, e.g. --max-bytes 5000000.`,
    );
  }
  return {
    inDir: values.in,
    out: values.out,
    lexiconDir: values.lexicon,
    strict: values.strict,
    watch: values.watch,
    maxBytes,
  };
}

/** One build: the index is written only when the build succeeds, so a failure keeps the last good one. */
export function buildOnce(args: IndexArgs): void {
  const index = buildIndex({
    inDir: args.inDir,
    lexiconDir: args.lexiconDir,
    strict: args.strict,
    maxBytes: args.maxBytes,
    onProgress: progressBar(),
  });
  const bytes = writeIndex(index, args.out);
  console.log(summarize(index, args.out, bytes));
}

function watchAndRebuild(args: IndexArgs): void {
  let timer: NodeJS.Timeout | undefined;
  const rebuild = () => {
    try {
      buildOnce(args);
    } catch (error) {
      console.error(`Build failed; ${args.out} keeps the last good index.\n${(error as Error).message}`);
    }
  };
  watch(args.inDir, () => {
    clearTimeout(timer);
    // Editors write a file in several steps; one rebuild after they settle.
    timer = setTimeout(rebuild, 200);
  });
  console.log(`Watching ${args.inDir} for changes (Ctrl+C to stop).`);
}

if (isMain(import.meta.url)) runCli(main);

function main(): void {
  const args = parseIndexArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return;
  }
  if (args.watch) {
    try {
      buildOnce(args);
    } catch (error) {
      console.error((error as Error).message);
    }
    watchAndRebuild(args);
    return;
  }
  buildOnce(args);
}
