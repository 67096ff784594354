/**
 * The running bot: the index, the client and the router, started together and stopped together.
 */
import { Events, type Client } from 'discord.js';
import { createClient } from './client.js';
import type { CommandModule } from './commandModule.js';
import { COMMANDS } from './commands.js';
import { Cooldown } from './cooldown.js';
import type { BotConfig } from './config.js';
import { explainDiscordError } from './discordErrors.js';
import { LiveIndex } from './liveIndex.js';
import type { Logger } from './logger.js';
import { createRouter } from './router.js';

export interface BotOptions {
  config: Pick<BotConfig, 'token' | 'applicationId' | 'apiUrl' | 'indexPath' | 'cooldown'>;
  logger: Logger;
  /** The commands to serve; the ones in `commands/` when omitted. */
  commands?: readonly CommandModule[];
  now?: () => Date;
}

export interface RunningBot {
  client: Client<true>;
  index: LiveIndex;
  /** Logs out, closes the gateway connection and stops watching the index. Safe to call twice. */
  stop(): Promise<void>;
}

function logConnection(client: Client, logger: Logger): void {
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'gateway connection closed for good'),
  );
  client.on(Events.ShardReconnecting, (shard) =>
    logger.info({ shard }, 'gateway connection lost, reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'gateway session resumed'),
  );
  client.on(Events.ShardError, (error, shard) => logger.error({ err: error, shard }, 'gateway error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
}

/**
 * Loads the index, logs in and resolves once Discord has said READY. An unusable index, a
 * rejected token or an unreachable Discord rejects with a UsageError saying what to fix.
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { config } = options;
  const index = new LiveIndex(config.indexPath, options.logger);
  const client = createClient({ apiUrl: config.apiUrl });
  const logger = client.shard ? options.logger.child({ shard: client.shard.ids }) : options.logger;
  const route = createRouter({
    commands: options.commands ?? COMMANDS,
    deps: { index: () => index.current(), now: options.now ?? (() => new Date()) },
    logger,
    cooldown: new Cooldown(config.cooldown),
  });
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  logConnection(client, logger);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    index.close();
    // Closing the connection on purpose is not worth the reconnect warnings it would log.
    client.removeAllListeners();
    await client.destroy();
  };

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.token);
  } catch (error) {
    await stop();
    throw explainDiscordError(error, { apiUrl: config.apiUrl }) ?? error;
  }
  const readyClient = await ready;
  const applicationId = readyClient.application.id;
  logger.info(
    { user: readyClient.user.tag, application: applicationId, servers: readyClient.guilds.cache.size },
    'logged in',
  );
  if (config.applicationId && config.applicationId !== applicationId) {
    logger.warn(
      { configured: config.applicationId, actual: applicationId },
      'DISCORD_APPLICATION_ID is not the application of DISCORD_TOKEN; npm run deploy would register the commands elsewhere',
    );
  }
  index.watch();
  return { client: readyClient, index, stop };
}
