/**
 * Structured JSON logs (pino). Secrets are removed twice: known fields are redacted by path, and
 * every finished line is scrubbed of the bot token and of interaction tokens, because those also
 * travel inside strings a path cannot name (an error's message, a request URL).
 */
import { pino, type DestinationStream, type Level, type Logger } from 'pino';

export type { Logger } from 'pino';

export const REDACTED = '[redacted]';

const REDACT_PATHS = ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'];

/** Interaction and webhook URLs carry a token that allows answering as the bot for 15 minutes. */
const URL_TOKENS = /(\/(?:interactions|webhooks)\/\d+\/)[\w.-]+/g;

export interface LoggerOptions {
  level: Level | 'silent';
  /** Strings that must never reach a log line, such as the bot token. */
  secrets?: string[];
  /** Where lines go; standard output when omitted. */
  destination?: DestinationStream;
  /** Fields on every line (for example the shard id). */
  bindings?: Record<string, unknown>;
}

/** Returns a line with every secret and URL token replaced by `[redacted]`. */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let clean = line.replace(URL_TOKENS, `$1${REDACTED}`);
  for (const secret of secrets) if (secret.length > 0) clean = clean.split(secret).join(REDACTED);
  return clean;
}

/** A logger whose output never contains the given secrets. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets ?? [];
  return pino(
    {
      level: options.level,
      base: options.bindings ?? {},
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
    },
    options.destination ?? pino.destination(1),
  );
}
