/**
 * Slash-command definitions built from the command catalog, so the names, descriptions and options
 * Discord shows are the ones `/help` and the terminal use.
 */
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { commandSpec, type CommandName, type CommandSpec } from '../answers/catalog.js';

/** The catalog entry for a command; a name missing from the catalog is a programming error. */
export function specOf(name: CommandName): CommandSpec {
  const spec = commandSpec(name);
  if (!spec) throw new Error(`/${name} is not in the command catalog`);
  return spec;
}

/**
 * The definition of one command, usable in servers, in DMs with the bot and in private channels,
 * and installable to a server or to a user's own account.
 */
export function slashCommand(name: CommandName): SlashCommandBuilder {
  const spec = specOf(name);
  const builder = new SlashCommandBuilder()
    .setName(spec.name)
    .setDescription(spec.description)
    .setContexts(
      InteractionContextType.Guild,
      InteractionContextType.BotDM,
      InteractionContextType.PrivateChannel,
    )
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
  for (const option of spec.options) {
    builder.addStringOption((o) =>
      o
        .setName(option.name)
        .setDescription(option.description)
        .setRequired(option.required)
        .setAutocomplete(option.autocomplete !== null)
        .setMaxLength(option.maxLength),
    );
  }
  return builder;
}
