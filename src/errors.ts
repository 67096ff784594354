/**
 * The errors a user can cause and fix. Each message names the file, option or variable and says
 * what to do; front ends print `message` alone, never a stack trace.
 */

/** A problem with one article file: the build skips it with a warning (or fails with --strict). */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The index file is missing, unreadable or not in the current format. */
export class IndexLoadError extends Error {
  override readonly name = 'IndexLoadError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Cannot use the index ${file}: ${reason}\nRebuild it with: npm run index`);
  }
}

/** A command-line option or environment variable with a missing or malformed value. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The vocabulary files in the lexicon folder do not parse. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** A build that must not replace the last good index (strict warnings, no readable article). */
export class BuildError extends Error {
  override readonly name = 'BuildError';
}
