/** The bot process: `npm start` with DISCORD_TOKEN set, and each shard of `npm run start:sharded`. */
import { runCli } from '../cli/runCli.js';
import { loadDotenv } from './config.js';
import { runBot } from './runBot.js';

runCli(() => {
  loadDotenv();
  return runBot(process.env);
});
