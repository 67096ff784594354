/** /quote: what a person said, with outlet and date. */
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { answerCommand, suggestValues } from '../src/bot/answerInteraction.js';
import type { CommandDeps } from '../src/bot/commandModule.js';
import { slashCommand } from '../src/bot/slashCommand.js';

export const data = slashCommand('quote');

export async function execute(interaction: ChatInputCommandInteraction, deps: CommandDeps): Promise<void> {
  await answerCommand(interaction, deps, 'quote');
}

export async function autocomplete(interaction: AutocompleteInteraction, deps: CommandDeps): Promise<void> {
  await suggestValues(interaction, deps, 'quote');
}
