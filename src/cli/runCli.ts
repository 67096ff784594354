import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ArticleError, BuildError, IndexLoadError, LexiconError, UsageError } from '../errors.js';

/** Errors whose message is the whole story for the user: printed alone, no stack trace. */
const USER_ERRORS = [UsageError, IndexLoadError, ArticleError, LexiconError, BuildError];

/**
 * Runs a command-line entry point: a user-fixable error prints its message and exits 1, anything
 * else prints the stack (it is a bug) and exits 2.
 */
export function runCli(main: () => Promise<number | void> | number | void): void {
  Promise.resolve()
    .then(main)
    .then((code) => {
      if (typeof code === 'number') process.exitCode = code;
    })
    .catch((error: unknown) => {
      if (USER_ERRORS.some((E) => error instanceof E)) {
        console.error((error as Error).message);
        process.exitCode = 1;
      } else if (error instanceof z.ZodError) {
        console.error(z.prettifyError(error));
        process.exitCode = 1;
      } else {
        console.error(error);
        process.exitCode = 2;
      }
    });
}

/** True when the module at `moduleUrl` is the script node was started with (not an import). */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
