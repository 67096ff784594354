/**
 * Last-resort handlers for the bot process. A promise rejected with no handler is a bug, but one
 * in a single interaction or timer: it is logged (through the logger, so the token is scrubbed)
 * and the bot keeps answering. An uncaught exception leaves the process in an unknown state: it is
 * logged the same way and the process exits, for a supervisor to restart it.
 */
import type { Logger } from './logger.js';

/** Installs the handlers once per process; later calls do nothing. */
export function guardProcess(logger: Logger): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection; still running');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception; stopping');
    process.exit(1);
  });
}

let guarded = false;
