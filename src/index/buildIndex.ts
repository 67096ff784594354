import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ArticleDoc } from '../articles/articleDoc.js';
import { listArticleFiles } from '../articles/listArticleFiles.js';
import { parseArticle } from '../articles/parseArticle.js';
import { ArticleError, BuildError } from '../errors.js';
import { DEFAULT_LEXICON_DIR, lexiconInputs, loadLexicon } from '../lexicon/lexicon.js';
import { runPipeline, STAGES } from '../pipeline/pipeline.js';
import type { Progress } from '../pipeline/types.js';
import { buildPassageIndex, createTokenizer } from '../query/passageIndex.js';
import { loadQueryLexicon } from '../query/queryLexicon.js';
import { finalize } from './finalize.js';
import { SCHEMA_VERSION, type TariffIndex, type Warning } from './schema.js';

export interface BuildOptions {
  inDir: string;
  lexiconDir?: string;
  /** Warnings fail the build instead of skipping or repairing. */
  strict?: boolean;
  /** Files larger than this are skipped: a news article is a few kilobytes. */
  maxBytes?: number;
  /**
   * Called after each file is read ("reading"), then after each article each extraction stage
   * has read ("people", "quotes", "tariffs", "deadlines"), for a progress bar.
   */
  onProgress?: Progress;
}

/**
 * Articles folder to index: read and parse every file (a bad file becomes a warning naming it),
 * run the extraction pipeline, and give the result its final deterministic form.
 */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export function buildIndex(options: BuildOptions): TariffIndex {
  const lexiconDir = options.lexiconDir ?? DEFAULT_LEXICON_DIR;
  const lexicon = loadLexicon(lexiconDir);
  const files = listArticleFiles(options.inDir);
  const warnings: Warning[] = [];
  const articles: ArticleDoc[] = [];
  const seen = new Map<string, string>();
  const hash = createHash('sha256').update(`schema ${SCHEMA_VERSION}\n`);

  for (const [i, file] of files.entries()) {
    options.onProgress?.('reading', i + 1, files.length);
    const earlier = seen.get(file.id);
    if (earlier) {
      warnings.push({
        file: file.path,
        message: `has the same id "${file.id}" as ${earlier}; skipped. Rename one of the two files.`,
      });
      continue;
    }
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    let bytes: Buffer;
    try {
      const size = statSync(file.path).size;
      if (size > maxBytes) {
        warnings.push({
          file: file.path,
          message: `is ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${(maxBytes / 1024 / 1024).toFixed(1)} MiB limit for one article; skipped. Split it into articles or raise --max-bytes.`,
        });
        continue;
      }
      bytes = readFileSync(file.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      // Listed a moment ago and gone now: removed (or renamed) while the build ran.
      warnings.push({
        file: file.path,
        message:
          code === 'ENOENT'
            ? 'was removed during the build; skipped.'
            : `could not be read (${code}); skipped.`,
      });
      continue;
    }
    hash.update(`article ${file.id} ${bytes.length}\n`).update(bytes);
    try {
      const { article, notes } = parseArticle(file.path, file.id, bytes, lexicon.boilerplate);
      for (const note of notes) warnings.push({ file: file.path, message: note });
      articles.push(article);
      seen.set(file.id, file.path);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      warnings.push({ file: file.path, message: `${error.reason} Skipped.` });
    }
  }
  for (const { name, bytes } of lexiconInputs(lexiconDir))
    hash.update(`lexicon ${name} ${bytes.length}\n`).update(bytes);

  if (options.strict && warnings.length > 0) {
    throw new BuildError(
      `--strict: ${warnings.length} warning(s), index not written:\n${warnings.map((w) => `  ${w.file}: ${w.message}`).join('\n')}`,
    );
  }
  if (files.length > 0 && articles.length === 0) {
    throw new BuildError(
      `None of the ${files.length} file(s) in ${options.inDir} could be read as an article; index not written.\n${warnings.map((w) => `  ${w.file}: ${w.message}`).join('\n')}`,
    );
  }

  const draft = runPipeline(articles, lexicon, STAGES, options.onProgress);
  draft.warnings.unshift(...warnings);
  const index = finalize(draft, hash.digest('hex'));
  // Prebuilt here so that loading the index needs no tokenising: the query layer's structure,
  // made with the query layer's stop words from the same lexicon folder.
  index.search = buildPassageIndex(index.articles, createTokenizer(loadQueryLexicon(lexiconDir).stopwords));
  return index;
}
