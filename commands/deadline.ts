/** /deadline: deadlines and dated events in the negotiations, upcoming first. */
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { answerCommand, suggestValues } from '../src/bot/answerInteraction.js';
import type { CommandDeps } from '../src/bot/commandModule.js';
import { slashCommand } from '../src/bot/slashCommand.js';

export const data = slashCommand('deadline');

export async function execute(interaction: ChatInputCommandInteraction, deps: CommandDeps): Promise<void> {
  await answerCommand(interaction, deps, 'deadline');
}

export async function autocomplete(interaction: AutocompleteInteraction, deps: CommandDeps): Promise<void> {
  await suggestValues(interaction, deps, 'deadline');
}
