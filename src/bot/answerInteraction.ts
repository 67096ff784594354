/**
 * The whole of a command handler: read the options, answer from the index, render one page, send.
 * No Discord-specific decision is made here; the answer functions never see discord.js.
 */
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { answer } from '../answers/answer.js';
import type { CommandName } from '../answers/catalog.js';
import { complete } from '../answers/complete.js';
import { renderForDiscord } from '../render/discordRenderer.js';
import type { CommandDeps } from './commandModule.js';
import { sendAnswer, sendChoices } from './reply.js';
import { specOf } from './slashCommand.js';

/** The options the user filled in, by name; options left empty are absent. */
export function readOptions(
  interaction: ChatInputCommandInteraction,
  name: CommandName,
): Record<string, string> {
  const options: Record<string, string> = {};
  for (const { name: option } of specOf(name).options) {
    const value = interaction.options.getString(option);
    if (value !== null) options[option] = value;
  }
  return options;
}

/** Answers a slash command with the first page of its answer. */
export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  deps: CommandDeps,
  name: CommandName,
): Promise<void> {
  const result = answer(deps.index(), name, readOptions(interaction, name), deps.now());
  await sendAnswer(interaction, renderForDiscord(result));
}

/** Suggests values for the option being typed, from the provider the catalog names for it. */
export async function suggestValues(
  interaction: AutocompleteInteraction,
  deps: CommandDeps,
  name: CommandName,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const kind = specOf(name).options.find((o) => o.name === focused.name)?.autocomplete ?? null;
  await sendChoices(interaction, kind ? complete(deps.index(), kind, String(focused.value)) : []);
}
