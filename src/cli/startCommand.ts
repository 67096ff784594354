/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set (in the environment or `.env`), otherwise
 * the terminal console over the same answers, with a line on how to connect to Discord.
 */
import { loadDotenv } from '../bot/config.js';
import { runBot } from '../bot/runBot.js';
import { DEFAULT_INDEX_PATH } from '../index/loadIndex.js';
import { runConsole } from './console.js';
import { DEFAULT_ARTICLES_DIR } from './ensureIndex.js';
import { runCli } from './runCli.js';

const HOW_TO_CONNECT =
  'DISCORD_TOKEN is not set, so tariff-desk answers here in the terminal. ' +
  'To answer in Discord: copy .env.example to .env, fill in DISCORD_TOKEN and DISCORD_APPLICATION_ID, run npm run deploy, then npm start.';

runCli(async () => {
  loadDotenv();
  if (process.env.DISCORD_TOKEN?.trim()) return runBot(process.env);
  // On stderr, so that piped answers stay clean.
  console.error(HOW_TO_CONNECT);
  const custom = process.env.INDEX_PATH?.trim();
  await runConsole({
    indexPath: custom || DEFAULT_INDEX_PATH,
    // An index named by INDEX_PATH is only loaded, never rebuilt from data/articles.
    articlesDir: custom ? null : DEFAULT_ARTICLES_DIR,
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
  });
});
