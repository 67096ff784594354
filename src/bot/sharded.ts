/**
 * `npm run start:sharded`: the same bot under discord.js's ShardingManager, one process per
 * shard. One gateway connection carries at most 2500 servers; past that Discord requires shards.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { runCli } from '../cli/runCli.js';
import { loadDotenv, managerConfig, type ManagerConfig } from './config.js';
import { explainDiscordError } from './discordErrors.js';
import { createLogger } from './logger.js';
import { prepareIndex } from './runBot.js';

const SHARD_FILE = fileURLToPath(new URL('./main.ts', import.meta.url));
/** Discord lets `max_concurrency` shards identify per 5 s; the manager's default wait covers one window. */
const IDENTIFY_WINDOW_MS = 5500;
const SHARD_READY_TIMEOUT_MS = 60_000;

interface ShardPlan {
  count: number;
  maxConcurrency: number;
}

/**
 * Asks Discord (or DISCORD_API_URL) how many shards it recommends and how many may start together.
 * discord.js's own helper always asks discord.com, which would bypass a configured proxy.
 */
async function planShards(config: ManagerConfig): Promise<ShardPlan> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  let gateway: RESTGetAPIGatewayBotResult;
  try {
    gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    throw explainDiscordError(error, config) ?? error;
  }
  return {
    count: config.shards === 'auto' ? gateway.shards : config.shards,
    maxConcurrency: gateway.session_start_limit.max_concurrency,
  };
}

runCli(async () => {
  loadDotenv();
  const config = managerConfig();
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.token],
    bindings: { role: 'manager' },
  });
  // Built once here, so that the shards do not race to build it.
  prepareIndex(config, process.env, logger);
  const plan = await planShards(config);
  const manager = new ShardingManager(SHARD_FILE, {
    token: config.token,
    totalShards: plan.count,
    mode: 'process',
    // Each shard runs the TypeScript entry point directly, as `npm start` does.
    execArgv: ['--import', import.meta.resolve('tsx')],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: plan.count }, 'shard started');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down all shards');
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.kill();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await manager.spawn({
    amount: plan.count,
    delay: plan.count <= plan.maxConcurrency ? 0 : IDENTIFY_WINDOW_MS,
    timeout: SHARD_READY_TIMEOUT_MS,
  });
  logger.info({ shards: plan.count }, 'all shards ready');
});
