/**
 * The discord.js client with the settings every part of the bot relies on.
 */
import { Client, GatewayIntentBits } from 'discord.js';

export interface ClientSettings {
  /** REST base URL (a @discordjs/proxy or a local test server); Discord itself when undefined. */
  apiUrl: string | undefined;
}

/**
 * A client that only listens for what slash commands need and can never ping anyone.
 *
 * Only the Guilds intent: interactions arrive without any intent, and Guilds keeps the channel
 * cache discord.js expects. `allowedMentions` on the client applies to every reply, edit and
 * follow-up, so quoted text such as "@everyone" is shown, never delivered as a ping.
 */
export function createClient(settings: ClientSettings): Client {
  const underManager = Boolean(process.env.SHARDING_MANAGER);
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    rest: settings.apiUrl ? { api: settings.apiUrl } : {},
    // Under the ShardingManager the client takes its shard from the environment the manager sets;
    // alone it must not, because SHARDS in .env is the manager's shard count, not a shard id.
    ...(underManager ? {} : { shards: 'auto' as const }),
  });
}
