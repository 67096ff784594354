/**
 * The bot's settings, from the environment (and a `.env` file beside the project). Every value is
 * checked here, once; a missing or malformed one becomes a one-line UsageError naming the variable
 * and the fix, never a stack trace from deep inside discord.js.
 */
import { config as readDotenv } from 'dotenv';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { DEFAULT_INDEX_PATH } from '../index/loadIndex.js';
import { DEFAULT_COOLDOWN, type CooldownSettings } from './cooldown.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `KEY=` in a .env file means "not set", not "set to the empty string". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const snowflake = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{17,20}$/, `must be the ${what}: a number of 17 to 20 digits`);

const Token = z
  .string()
  .trim()
  .refine((v) => !/^bot\s/i.test(v), 'must be the token alone, without the "Bot " prefix')
  .refine(
    (v) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(v),
    'does not look like a bot token (three parts separated by dots); use Bot → Reset Token in the Developer Portal, not the client secret',
  );

const ApiUrl = z
  .string()
  .trim()
  .refine(
    (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
    'must be an http(s) URL such as http://127.0.0.1:8080/api',
  )
  .transform((v) => v.replace(/\/+$/, ''));

const Shards = z
  .string()
  .trim()
  .regex(/^(auto|[1-9]\d*)$/, 'must be "auto" or a whole number of shards, at least 1')
  .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v)));

const Common = z.object({
  DISCORD_TOKEN: Token,
  DISCORD_API_URL: optional(ApiUrl),
  INDEX_PATH: optional(z.string()).transform((v) => v ?? DEFAULT_INDEX_PATH),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`)).transform(
    (v) => v ?? 'info',
  ),
});

const wholeNumber = (what: string, min: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be ${what}`)
    .transform(Number)
    .refine((v) => v >= min, `must be ${what}`);

const BotEnv = Common.extend({
  // The bot learns its application from Discord at login; when set, a mismatch is reported.
  DISCORD_APPLICATION_ID: optional(snowflake('Application ID')),
  COOLDOWN_COMMANDS: optional(
    wholeNumber('a whole number of commands per person (0 turns the limit off)', 0),
  ).transform((v) => v ?? DEFAULT_COOLDOWN.commands),
  COOLDOWN_SECONDS: optional(wholeNumber('a whole number of seconds, at least 1', 1)).transform(
    (v) => v ?? DEFAULT_COOLDOWN.windowMs / 1000,
  ),
});

// Only the manager reads SHARDS as a count: in each shard's process the manager sets it to the shard id.
const ManagerEnv = BotEnv.extend({
  SHARDS: optional(Shards).transform((v) => v ?? ('auto' as const)),
});

const DeployEnv = Common.extend({
  DISCORD_APPLICATION_ID: snowflake('Application ID'),
  DISCORD_GUILD_ID: optional(snowflake('server (guild) ID')),
});

export interface BotConfig {
  token: string;
  applicationId: string | undefined;
  apiUrl: string | undefined;
  indexPath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** How many commands one person may run in a time window. */
  cooldown: CooldownSettings;
}

export interface ManagerConfig extends BotConfig {
  /** How many shards to run; `auto` asks Discord for its recommendation. */
  shards: number | 'auto';
}

export interface DeployConfig {
  token: string;
  applicationId: string;
  guildId: string | undefined;
  apiUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
}

const WHEN_MISSING: Record<string, string> = {
  DISCORD_TOKEN:
    "copy .env.example to .env and set it to your bot's token (Developer Portal → your application → Bot → Reset Token)",
  DISCORD_APPLICATION_ID:
    'set it to the Application ID from the Developer Portal (your application → General Information)',
};

/** Reads `.env` into process.env without overriding variables that are already set. */
export function loadDotenv(path = '.env'): void {
  readDotenv({ path, quiet: true });
}

function parse<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  // One line per variable: the first problem found is the one to fix.
  const lines = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? 'environment');
    if (lines.has(name)) continue;
    const value = env[name];
    const missing = value === undefined || value.trim() === '';
    lines.set(
      name,
      missing
        ? `${name} is not set: ${WHEN_MISSING[name] ?? 'see .env.example'}.`
        : `${name} ${issue.message}.`,
    );
  }
  throw new UsageError([...lines.values()].join('\n'));
}

/** Settings for `npm start` with a token and for each shard. */
export function botConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const e = parse(BotEnv, env);
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    apiUrl: e.DISCORD_API_URL,
    indexPath: e.INDEX_PATH,
    logLevel: e.LOG_LEVEL,
    cooldown: { commands: e.COOLDOWN_COMMANDS, windowMs: e.COOLDOWN_SECONDS * 1000 },
  };
}

/** Settings for `npm run start:sharded`. */
export function managerConfig(env: NodeJS.ProcessEnv = process.env): ManagerConfig {
  const e = parse(ManagerEnv, env);
  return { ...botConfig(env), shards: e.SHARDS };
}

/** Settings for `npm run deploy`: the application id is required to know where commands go. */
export function deployConfig(env: NodeJS.ProcessEnv = process.env): DeployConfig {
  const e = parse(DeployEnv, env);
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    apiUrl: e.DISCORD_API_URL,
    logLevel: e.LOG_LEVEL,
  };
}
