import { describe, expect, test } from 'vitest';
import { botConfig, deployConfig, managerConfig } from '../../src/bot/config.js';
import { UsageError } from '../../src/errors.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.Gabcde.abcdefghijklmnopqrstuvwxyz0123456789_-';
const APP = '1234567890123456789';

describe('botConfig', () => {
  test('a token alone is enough; everything else has a default', () => {
    expect(botConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      applicationId: undefined,
      apiUrl: undefined,
      indexPath: 'data/index.json',
      logLevel: 'info',
      cooldown: { commands: 5, windowMs: 10_000 },
    });
  });

  test('every variable is read, empty ones count as unset, and a trailing slash leaves the API URL', () => {
    const env = {
      DISCORD_TOKEN: ` ${TOKEN} `,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
      INDEX_PATH: 'elsewhere/index.json',
      LOG_LEVEL: 'debug',
      DISCORD_GUILD_ID: '',
      COOLDOWN_COMMANDS: ' 3 ',
      COOLDOWN_SECONDS: '60',
    };
    expect(botConfig(env)).toEqual({
      token: TOKEN,
      applicationId: APP,
      apiUrl: 'http://127.0.0.1:8080/api',
      indexPath: 'elsewhere/index.json',
      logLevel: 'debug',
      cooldown: { commands: 3, windowMs: 60_000 },
    });
    expect(botConfig({ DISCORD_TOKEN: TOKEN, COOLDOWN_COMMANDS: '0' }).cooldown).toEqual({
      commands: 0,
      windowMs: 10_000,
    });
    expect(botConfig({ DISCORD_TOKEN: TOKEN, INDEX_PATH: '  ', LOG_LEVEL: '' })).toMatchObject({
      indexPath: 'data/index.json',
      logLevel: 'info',
    });
  });

  test.each([
    [
      {},
      "DISCORD_TOKEN is not set: copy .env.example to .env and set it to your bot's token (Developer Portal → your application → Bot → Reset Token).",
    ],
    [
      { DISCORD_TOKEN: '   ' },
      "DISCORD_TOKEN is not set: copy .env.example to .env and set it to your bot's token (Developer Portal → your application → Bot → Reset Token).",
    ],
    [{ DISCORD_TOKEN: `Bot ${TOKEN}` }, 'DISCORD_TOKEN must be the token alone, without the "Bot " prefix.'],
    [
      { DISCORD_TOKEN: 'k3yb0ardClientSecret0123456789abc' },
      'DISCORD_TOKEN does not look like a bot token (three parts separated by dots); use Bot → Reset Token in the Developer Portal, not the client secret.',
    ],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'tariff-desk' },
      'DISCORD_APPLICATION_ID must be the Application ID: a number of 17 to 20 digits.',
    ],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'ftp://127.0.0.1/api' },
      'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api.',
    ],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: '127.0.0.1:8080' },
      'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api.',
    ],
    [
      { DISCORD_TOKEN: TOKEN, LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
    ],
    [
      { DISCORD_TOKEN: TOKEN, COOLDOWN_COMMANDS: 'five' },
      'COOLDOWN_COMMANDS must be a whole number of commands per person (0 turns the limit off).',
    ],
    [
      { DISCORD_TOKEN: TOKEN, COOLDOWN_COMMANDS: '-1' },
      'COOLDOWN_COMMANDS must be a whole number of commands per person (0 turns the limit off).',
    ],
    [
      { DISCORD_TOKEN: TOKEN, COOLDOWN_SECONDS: '0' },
      'COOLDOWN_SECONDS must be a whole number of seconds, at least 1.',
    ],
    [
      { DISCORD_TOKEN: TOKEN, COOLDOWN_SECONDS: '2.5' },
      'COOLDOWN_SECONDS must be a whole number of seconds, at least 1.',
    ],
  ])('%o is refused with one line: %s', (env, message) => {
    expect(() => botConfig(env)).toThrow(new UsageError(message));
  });

  test('several bad variables give one line each, in the order of the variables', () => {
    expect(() => botConfig({ LOG_LEVEL: 'loud', DISCORD_API_URL: 'nope' })).toThrow(
      new UsageError(
        [
          "DISCORD_TOKEN is not set: copy .env.example to .env and set it to your bot's token (Developer Portal → your application → Bot → Reset Token).",
          'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api.',
          'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
        ].join('\n'),
      ),
    );
  });
});

describe('deployConfig', () => {
  test.each([
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP }, { guildId: undefined }],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '' }, { guildId: undefined }],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '98765432109876543' },
      { guildId: '98765432109876543' },
    ],
  ])('%o registers to %o', (env, expected) => {
    expect(deployConfig(env)).toMatchObject({ token: TOKEN, applicationId: APP, ...expected });
  });

  test.each([
    [
      { DISCORD_TOKEN: TOKEN },
      'DISCORD_APPLICATION_ID is not set: set it to the Application ID from the Developer Portal (your application → General Information).',
    ],
    [
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: 'my server' },
      'DISCORD_GUILD_ID must be the server (guild) ID: a number of 17 to 20 digits.',
    ],
  ])('%o is refused: %s', (env, message) => {
    expect(() => deployConfig(env)).toThrow(new UsageError(message));
  });
});

describe('managerConfig', () => {
  test.each([
    [undefined, 'auto'],
    ['', 'auto'],
    ['auto', 'auto'],
    ['3', 3],
  ])('SHARDS=%s runs %s shards', (shards, expected) => {
    expect(
      managerConfig({ DISCORD_TOKEN: TOKEN, ...(shards === undefined ? {} : { SHARDS: shards }) }).shards,
    ).toBe(expected);
  });

  test.each(['0', '-1', '1.5', 'two'])('SHARDS=%s is refused', (shards) => {
    expect(() => managerConfig({ DISCORD_TOKEN: TOKEN, SHARDS: shards })).toThrow(
      new UsageError('SHARDS must be "auto" or a whole number of shards, at least 1.'),
    );
  });

  test('each shard process ignores SHARDS, which the manager sets to its shard id', () => {
    expect(botConfig({ DISCORD_TOKEN: TOKEN, SHARDS: '0' })).not.toHaveProperty('shards');
  });
});
