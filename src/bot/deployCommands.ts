/**
 * Registers the slash commands with Discord in one bulk overwrite: to one server when a server id
 * is given (it applies at once, for development), to every server and DM otherwise. Registration
 * is its own step, not part of start-up, because Discord allows only 200 command creations a day
 * per server.
 */
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandModule } from './commandModule.js';
import type { DeployConfig } from './config.js';
import { explainDiscordError } from './discordErrors.js';

export interface Deployment {
  scope: 'guild' | 'global';
  commands: RESTPostAPIChatInputApplicationCommandsJSONBody[];
  /** How many commands Discord confirmed. */
  registered: number;
}

/** The definitions `npm run deploy` sends, in the order of the command list. */
export function commandDefinitions(
  commands: readonly CommandModule[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}

export async function deployCommands(
  config: Omit<DeployConfig, 'logLevel'>,
  commands: readonly CommandModule[],
): Promise<Deployment> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = commandDefinitions(commands);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  let result: unknown;
  try {
    result = await rest.put(route, { body });
  } catch (error) {
    throw explainDiscordError(error, config) ?? error;
  }
  return {
    scope: config.guildId ? 'guild' : 'global',
    commands: body,
    registered: Array.isArray(result) ? result.length : 0,
  };
}

/** What was registered, one command a line with its options, for the person who ran the deploy. */
export function describeDeployment(deployment: Deployment, guildId: string | undefined): string {
  const where =
    deployment.scope === 'guild'
      ? `in server ${guildId} (available now)`
      : 'globally (in every server with the bot, in DMs and for users who installed it; new commands can take a few minutes to appear)';
  if (deployment.commands.length === 0) {
    return `Removed every command of this application ${deployment.scope === 'guild' ? `from server ${guildId}` : 'registered globally'}.`;
  }
  const lines = deployment.commands.map((c) => {
    const options = (c.options ?? [])
      .map((o) => ('required' in o && o.required ? ` ${o.name}:` : ` [${o.name}:]`))
      .join('');
    return `  /${c.name}${options}  ${c.description}`;
  });
  return [
    `Registered ${deployment.registered} of ${deployment.commands.length} commands ${where}:`,
    ...lines,
  ].join('\n');
}
