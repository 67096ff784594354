/**
 * Failures talking to Discord that the person running the bot can fix, said in plain words with
 * the fix. Anything else is left alone, to be reported as the bug it is.
 */
import { DiscordAPIError, DiscordjsErrorCodes, HTTPError } from 'discord.js';
import { UsageError } from '../errors.js';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Where the request went, for messages about it. */
export interface Target {
  apiUrl: string | undefined;
  applicationId?: string;
  guildId?: string | undefined;
}

function networkCode(error: unknown): string | null {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code && NETWORK_CODES.has(code)) return code;
  }
  return null;
}

/** A UsageError explaining `error`, or null when it is not one a user can fix. */
export function explainDiscordError(error: unknown, target: Target): UsageError | null {
  const status = error instanceof DiscordAPIError || error instanceof HTTPError ? error.status : null;
  const code = error instanceof DiscordAPIError ? error.code : null;
  const invalidToken =
    (error as { code?: unknown } | null)?.code === DiscordjsErrorCodes.TokenInvalid || status === 401;
  if (invalidToken) {
    return new UsageError(
      'Discord rejected DISCORD_TOKEN: reset the token in the Developer Portal (your application → Bot → Reset Token) and put the new one in .env.',
    );
  }
  if (target.guildId && (code === 50001 || code === 10004)) {
    return new UsageError(
      `DISCORD_GUILD_ID ${target.guildId}: the bot is not in that server (or the id is wrong). Invite it with the link in the README, or leave DISCORD_GUILD_ID empty to register globally.`,
    );
  }
  if (target.applicationId && (code === 10002 || code === 20012 || status === 403)) {
    return new UsageError(
      `DISCORD_APPLICATION_ID ${target.applicationId} is not the application this token belongs to: copy the Application ID from the same application's General Information page.`,
    );
  }
  const network = networkCode(error);
  if (network) {
    return new UsageError(
      `Cannot reach Discord at ${target.apiUrl ?? 'discord.com'} (${network}): check the network connection${target.apiUrl ? ' and DISCORD_API_URL' : ''}.`,
    );
  }
  return null;
}
