/** /tariff: tariff rates reported for a subject, latest first, with their history. */
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { answerCommand, suggestValues } from '../src/bot/answerInteraction.js';
import type { CommandDeps } from '../src/bot/commandModule.js';
import { slashCommand } from '../src/bot/slashCommand.js';

export const data = slashCommand('tariff');

export async function execute(interaction: ChatInputCommandInteraction, deps: CommandDeps): Promise<void> {
  await answerCommand(interaction, deps, 'tariff');
}

export async function autocomplete(interaction: AutocompleteInteraction, deps: CommandDeps): Promise<void> {
  await suggestValues(interaction, deps, 'tariff');
}
