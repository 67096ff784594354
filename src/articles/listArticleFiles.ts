import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { UsageError } from '../errors.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

export interface ArticleFile {
  /** The path as given (folder joined with the name), for messages. */
  path: string;
  /** The file name without its extension. */
  id: string;
}

/** The article files of a folder in a stable order (by name, code point order). */
export function listArticleFiles(dir: string): ArticleFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory())
      throw new UsageError(`--in ${dir} is a file, not a folder. Name the folder that holds the articles.`);
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `The article folder ${dir} does not exist. Create it and put .txt or .md articles in it, or name another with --in.`,
    );
  }
  return names
    .filter((name) => ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => ({ path: join(dir, name), id: basename(name, extname(name)) }));
}
