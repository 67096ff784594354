/**
 * `npm start` with a token, and each shard under the ShardingManager: the bot from the environment,
 * until SIGINT or SIGTERM.
 */
import { DEFAULT_ARTICLES_DIR, ensureIndex } from '../cli/ensureIndex.js';
import { startBot } from './bot.js';
import { botConfig, type BotConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { guardProcess } from './processGuards.js';

/**
 * The default index belongs to data/articles: like the console, the bot builds it first when it is
 * missing or older than the articles. An index named by INDEX_PATH is someone else's making and is
 * only loaded.
 */
export function prepareIndex(config: BotConfig, env: NodeJS.ProcessEnv, logger: Logger): void {
  if (env.INDEX_PATH?.trim()) return;
  ensureIndex({
    indexPath: config.indexPath,
    articlesDir: DEFAULT_ARTICLES_DIR,
    notice: (line) => logger.info(line),
  });
}

/** Starts the bot and arranges a clean shutdown; resolves once the bot is logged in. */
export async function runBot(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = botConfig(env);
  const logger = createLogger({ level: config.logLevel, secrets: [config.token] });
  guardProcess(logger);
  prepareIndex(config, env, logger);
  const bot = await startBot({ config, logger });

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    bot.stop().then(
      () => {
        logger.info('stopped');
        // A shard's channel to the ShardingManager would keep the process alive.
        if (process.connected) process.disconnect();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
