/** `npm run deploy`: registers the slash commands and prints what it registered. */
import { parseArgs } from 'node:util';
import { runCli } from '../cli/runCli.js';
import { UsageError } from '../errors.js';
import { COMMANDS } from './commands.js';
import { deployConfig, loadDotenv } from './config.js';
import { deployCommands, describeDeployment } from './deployCommands.js';

const USAGE = `Usage: npm run deploy [-- --clear]

Registers the slash commands in the server DISCORD_GUILD_ID (at once), or globally when it is empty.
  --clear   remove this application's commands from that server (or globally) instead`;

runCli(async () => {
  let clear: boolean;
  try {
    const { values } = parseArgs({
      options: {
        clear: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    clear = values.clear;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  loadDotenv();
  const config = deployConfig();
  // Registering is a bulk overwrite, so an empty list removes every command in that scope.
  const deployment = await deployCommands(config, clear ? [] : COMMANDS);
  console.log(describeDeployment(deployment, config.guildId));
  return deployment.registered === deployment.commands.length ? 0 : 1;
});
