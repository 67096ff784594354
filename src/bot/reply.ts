/**
 * Everything the bot sends to Discord leaves through here: answers, page turns, autocomplete
 * choices and error notices. This module decides between reply, update, edit and follow-up from
 * the interaction's state (Discord refuses a second acknowledgement with error 40060), keeps
 * choices inside Discord's limits and never lets a message ping anyone.
 */
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageMentionOptions,
  type RepliableInteraction,
} from 'discord.js';
import type { Choice } from '../answers/complete.js';
import type { DiscordReply } from '../render/discordRenderer.js';

/** Also set on the client; repeated here so a reply never depends on how the client was built. */
const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/**
 * The first response under way for each interaction. The router may defer a slow command on a
 * timer while its handler is about to answer; whichever starts first acknowledges, and the other
 * waits for it and then edits or skips, because Discord refuses a second acknowledgement (40060)
 * and discord.js marks an interaction deferred or replied only once Discord has confirmed it.
 */
const acknowledging = new WeakMap<Interaction, Promise<unknown>>();

function acknowledge<T>(interaction: Interaction, send: () => Promise<T>): Promise<T> {
  const sent = send();
  acknowledging.set(
    interaction,
    sent.catch(() => undefined),
  );
  return sent;
}

/**
 * Answers a slash command or a page button with one rendered page.
 *
 * A button press updates the message it is on. A deferred command gets its reply edited in; when
 * the answer turns out to be for the asker only (nothing found, a usage hint) but the defer was
 * public, the public placeholder is removed and the answer follows privately, because a reply
 * cannot turn ephemeral after its first response.
 */
export async function sendAnswer(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  reply: DiscordReply,
): Promise<void> {
  const body = { embeds: reply.embeds, components: reply.components, allowedMentions: NO_MENTIONS };
  await acknowledging.get(interaction);
  if (interaction.isButton() && !interaction.replied && !interaction.deferred) {
    await acknowledge(interaction, () => interaction.update(body));
    return;
  }
  await respond(interaction, body, reply.ephemeral);
}

/** Tells the user a command failed, privately, with the id that is also in the log. */
export async function sendError(interaction: RepliableInteraction, errorId: string): Promise<void> {
  const content =
    `Something went wrong while answering (error id \`${errorId}\`). ` +
    'Please try again; if it keeps happening, give this id to whoever runs the bot.';
  await respond(interaction, { content, embeds: [], components: [], allowedMentions: NO_MENTIONS }, true);
}

/** A short private notice, for a press on a button the bot no longer understands and similar. */
export async function sendNotice(interaction: RepliableInteraction, content: string): Promise<void> {
  await respond(interaction, { content, embeds: [], components: [], allowedMentions: NO_MENTIONS }, true);
}

/**
 * Acknowledges a command whose answer may take longer than Discord's 3 s window. Returns false,
 * doing nothing, when a response is already sent or under way.
 */
export async function deferAnswer(interaction: ChatInputCommandInteraction): Promise<boolean> {
  if (interaction.deferred || interaction.replied || acknowledging.has(interaction)) return false;
  await acknowledge(interaction, () => interaction.deferReply());
  return true;
}

/** Offers at most 25 choices, each with a name of 1–100 characters and a value of at most 100. */
export async function sendChoices(
  interaction: AutocompleteInteraction,
  choices: readonly Choice[],
): Promise<void> {
  await interaction.respond(fitChoices(choices));
}

/**
 * Choices Discord accepts. A long name is shortened (it is only shown); a long value is dropped,
 * because a shortened value would ask for something else.
 */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((c) => c.name.trim().length > 0 && c.value.length > 0 && c.value.length <= MAX_CHOICE_LENGTH)
    .slice(0, MAX_CHOICES)
    .map((c) => ({
      name: c.name.length > MAX_CHOICE_LENGTH ? `${c.name.slice(0, MAX_CHOICE_LENGTH - 1)}…` : c.name,
      value: c.value,
    }));
}

type Body = {
  content?: string;
  embeds: DiscordReply['embeds'];
  components: DiscordReply['components'];
  allowedMentions: MessageMentionOptions;
};

async function respond(interaction: RepliableInteraction, body: Body, ephemeral: boolean): Promise<void> {
  await acknowledging.get(interaction);
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred) {
    const deferredPrivately = interaction.ephemeral === true;
    if (ephemeral && !deferredPrivately && !interaction.replied) {
      await interaction.deleteReply();
      await interaction.followUp({ ...body, flags });
      return;
    }
    if (!interaction.replied) {
      await interaction.editReply(body);
      return;
    }
  }
  if (interaction.replied) {
    await interaction.followUp({ ...body, flags });
    return;
  }
  await acknowledge(interaction, () => interaction.reply({ ...body, flags }));
}
