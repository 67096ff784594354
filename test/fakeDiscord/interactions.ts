/**
 * INTERACTION_CREATE payloads as Discord sends them, with the fields discord.js reads.
 */

type Json = Record<string, unknown>;

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A snowflake carrying the current time, as Discord's ids do (discord.js derives createdAt from it). */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export const USER = {
  id: '100000000000000001',
  username: 'reader',
  discriminator: '0',
  global_name: 'Reader',
  avatar: null,
};
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';

/** Where the command was used: a server channel, a DM with the bot, or a user-installed app anywhere. */
export type Place = 'guild' | 'dm' | 'user-app';

interface Common {
  applicationId: string;
  place?: Place;
  /** Who used the command; USER when omitted. */
  user?: typeof USER;
}

/** Another user than USER, with a distinct id. */
export function otherUser(n: number): typeof USER {
  return {
    ...USER,
    id: String(100000000000000001n + BigInt(n)),
    username: `reader${n}`,
    global_name: `Reader ${n}`,
  };
}

function base(type: number, { applicationId, place = 'dm', user = USER }: Common): Json {
  const inGuild = place === 'guild';
  const payload: Json = {
    id: snowflake(),
    application_id: applicationId,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: inGuild ? 0 : 1 },
    app_permissions: '2251799813685247',
    locale: 'en-US',
    entitlements: [],
    // 0: installed to a server, 1: installed to the user's account.
    authorizing_integration_owners:
      place === 'user-app' ? { '1': user.id } : inGuild ? { '0': GUILD_ID } : { '0': '0' },
    // 0: guild, 1: DM with the bot, 2: private channel.
    context: inGuild ? 0 : place === 'dm' ? 1 : 2,
  };
  if (inGuild) {
    payload.guild_id = GUILD_ID;
    payload.guild_locale = 'en-US';
    payload.member = {
      user,
      roles: [],
      joined_at: '2025-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      permissions: '0',
      flags: 0,
    };
  } else {
    payload.user = user;
  }
  return payload;
}

const stringOptions = (options: Record<string, string>, focused?: string) =>
  Object.entries(options).map(([name, value]) => ({
    name,
    type: 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));

/** A slash command (type 2). */
export function slashCommand(name: string, options: Record<string, string>, common: Common): Json {
  return { ...base(2, common), data: { id: snowflake(), name, type: 1, options: stringOptions(options) } };
}

/** Typing in an option that completes (type 4). */
export function autocomplete(
  name: string,
  options: Record<string, string>,
  focused: string,
  common: Common,
): Json {
  return {
    ...base(4, common),
    data: { id: snowflake(), name, type: 1, options: stringOptions(options, focused) },
  };
}

/** A button press (type 3) on a message the bot sent. */
export function buttonPress(customId: string, message: Json, common: Common & { botUserId: string }): Json {
  return {
    ...base(3, common),
    message: {
      ...message,
      id: message.id ?? snowflake(),
      channel_id: CHANNEL_ID,
      author: botUser(common.botUserId),
    },
    data: { custom_id: customId, component_type: 2 },
  };
}

export function botUser(id: string): Json {
  return { id, username: 'tariff-desk', discriminator: '0', bot: true, avatar: null, global_name: null };
}

/** The message object Discord returns for a sent or edited message. */
export function messageObject(body: Json, botUserId: string, id = snowflake()): Json {
  return {
    id,
    channel_id: CHANNEL_ID,
    type: 20,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    flags: body.flags ?? 0,
    author: botUser(botUserId),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
  };
}
