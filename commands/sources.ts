/** /sources: the articles behind every answer. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { answerCommand } from '../src/bot/answerInteraction.js';
import type { CommandDeps } from '../src/bot/commandModule.js';
import { slashCommand } from '../src/bot/slashCommand.js';

export const data = slashCommand('sources');

export async function execute(interaction: ChatInputCommandInteraction, deps: CommandDeps): Promise<void> {
  await answerCommand(interaction, deps, 'sources');
}
