/**
 * The Previous/Next buttons under a long answer. A button's id carries the command, its options
 * and the page, so a press is answered again from the current index, with no state kept between
 * presses and nothing lost when the bot restarts.
 */
import type { ButtonInteraction } from 'discord.js';
import { answer } from '../answers/answer.js';
import { decodePageId } from '../render/pageId.js';
import { renderForDiscord } from '../render/discordRenderer.js';
import type { CommandDeps } from './commandModule.js';
import { sendAnswer, sendNotice } from './reply.js';

export const STALE_BUTTON_NOTICE =
  'This button belongs to an answer the bot can no longer page through. Run the command again.';

/** Shows the page a Previous/Next button asks for, in place of the message it is on. */
export async function turnPage(interaction: ButtonInteraction, deps: CommandDeps): Promise<void> {
  const ref = decodePageId(interaction.customId);
  if (!ref) {
    await sendNotice(interaction, STALE_BUTTON_NOTICE);
    return;
  }
  const result = answer(deps.index(), ref.command, ref.options, deps.now());
  await sendAnswer(interaction, renderForDiscord(result, ref.page));
}
