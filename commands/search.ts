/** /search: search the article text. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { answerCommand } from '../src/bot/answerInteraction.js';
import type { CommandDeps } from '../src/bot/commandModule.js';
import { slashCommand } from '../src/bot/slashCommand.js';

export const data = slashCommand('search');

/** Full-text search reads every paragraph: its cost grows with the corpus. */
export const defer = true;

export async function execute(interaction: ChatInputCommandInteraction, deps: CommandDeps): Promise<void> {
  await answerCommand(interaction, deps, 'search');
}
