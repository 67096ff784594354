/**
 * The index the terminal answers from, built first when it is missing or older than what it is
 * built from: the articles, the lexicon, and the builder's own code, so that an upgrade (a `git
 * pull` that changes an extractor) is not answered from an index the old code built. The check
 * compares modification times only (about 150 `stat` calls), so it is cheap enough to run before
 * every `npm run ask`; the input hash inside the index is for tools that compare contents.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticleFiles } from '../articles/listArticleFiles.js';
import { IndexLoadError } from '../errors.js';
import { buildIndex } from '../index/buildIndex.js';
import { loadIndex } from '../index/loadIndex.js';
import type { TariffIndex } from '../index/schema.js';
import { summarize } from '../index/summary.js';
import { writeIndex } from '../index/writeIndex.js';
import { DEFAULT_LEXICON_DIR } from '../lexicon/lexicon.js';

export const DEFAULT_ARTICLES_DIR = 'data/articles';

/** The folders of the code an index is built by: reading, extracting, indexing, and `/search`'s structure. */
export const BUILDER_SOURCES = ['articles', 'extract', 'index', 'lexicon', 'pipeline', 'query'].map(
  (folder) => fileURLToPath(new URL(`../${folder}`, import.meta.url)),
);

export interface EnsureIndexOptions {
  indexPath: string;
  /** The folder the index is built from; null to only load (an index of someone else's making). */
  articlesDir: string | null;
  lexiconDir?: string;
  /** The folders of the builder's code (`BUILDER_SOURCES` by default). */
  builder?: readonly string[];
  /** Where the build notice goes; stderr by default, so answers on stdout stay clean. */
  notice?: (line: string) => void;
}

/** Loads the index, building and writing it first (with a notice) when it is missing, stale or unreadable. */
export function ensureIndex(opts: EnsureIndexOptions): TariffIndex {
  const notice = opts.notice ?? ((line: string) => console.error(line));
  if (opts.articlesDir === null) return loadIndex(opts.indexPath);
  const lexiconDir = opts.lexiconDir ?? DEFAULT_LEXICON_DIR;

  let reason = staleness(opts.indexPath, opts.articlesDir, lexiconDir, opts.builder);
  if (reason === null) {
    try {
      return loadIndex(opts.indexPath);
    } catch (error) {
      if (!(error instanceof IndexLoadError)) throw error;
      reason = `cannot be read (${error.reason})`;
    }
  }
  notice(`The index ${opts.indexPath} ${reason}; building it from ${opts.articlesDir} first.`);
  const index = buildIndex({ inDir: opts.articlesDir, lexiconDir });
  mkdirSync(dirname(opts.indexPath), { recursive: true });
  const bytes = writeIndex(index, opts.indexPath);
  notice(summarize(index, opts.indexPath, bytes));
  return index;
}

/**
 * Why the index needs building, or null when it is newer than every article, lexicon file and
 * file of the builder's code (`builder`, folders read whole).
 */
export function staleness(
  indexPath: string,
  articlesDir: string,
  lexiconDir: string,
  builder: readonly string[] = BUILDER_SOURCES,
): string | null {
  const built = mtime(indexPath);
  if (built === null) return 'does not exist yet';
  // The folders' own times change when a file is added or removed; the files' when one is edited.
  const inputs = [
    articlesDir,
    ...listArticleFiles(articlesDir).map((f) => f.path),
    lexiconDir,
    ...lexiconFiles(lexiconDir),
    ...builder.flatMap(filesUnder),
  ];
  const newer = inputs.find((path) => (mtime(path) ?? 0) > built);
  return newer === undefined ? null : `is older than ${shown(newer)}`;
}

/** A path as the user gave it, or one of ours relative to the folder they run from when it is in it. */
function shown(path: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(process.cwd(), path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** A folder and everything in it, folders included; nothing for a folder that is not there. */
function filesUnder(dir: string): string[] {
  try {
    return [dir, ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name))];
  } catch {
    return [];
  }
}

function lexiconFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

function mtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}
