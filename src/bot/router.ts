/**
 * Sends each interaction to its handler: slash commands and autocomplete to the command's module,
 * buttons to the pager. A handler that throws is logged under a short error id and the user gets
 * that id in a private notice; the bot carries on with the next interaction.
 */
import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import type { CommandDeps, CommandModule } from './commandModule.js';
import type { Logger } from './logger.js';
import { turnPage } from './pageButtons.js';
import { deferAnswer, sendChoices, sendError, sendNotice } from './reply.js';

export interface RouterOptions {
  commands: readonly CommandModule[];
  deps: CommandDeps;
  logger: Logger;
}

export const UNKNOWN_COMMAND_NOTICE =
  'This command is not served by this bot any more. Its owner should run `npm run deploy`.';

/** A short id a user can read out and an operator can find in the log. */
export function newErrorId(): string {
  return randomBytes(4).toString('hex');
}

function describe(interaction: Interaction): { kind: string; command?: string } {
  if (interaction.isChatInputCommand()) return { kind: 'command', command: interaction.commandName };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', command: interaction.commandName };
  if (interaction.isButton()) return { kind: 'button' };
  return { kind: `type ${interaction.type}` };
}

/** Returns the handler for every interaction the client receives; it never rejects. */
export function createRouter({
  commands,
  deps,
  logger,
}: RouterOptions): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((c) => [c.data.name, c]));

  async function handle(interaction: Interaction): Promise<boolean> {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) {
        await sendNotice(interaction, UNKNOWN_COMMAND_NOTICE);
        return false;
      }
      if (command.defer) await deferAnswer(interaction);
      await command.execute(interaction, deps);
      return true;
    }
    if (interaction.isAutocomplete()) {
      const command = byName.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, deps);
      else await sendChoices(interaction, []);
      return true;
    }
    if (interaction.isButton()) {
      await turnPage(interaction, deps);
      return true;
    }
    return false;
  }

  return async (interaction) => {
    const started = performance.now();
    const log = logger.child({ interaction: interaction.id, ...describe(interaction) });
    try {
      const handled = await handle(interaction);
      log.info({ ms: Math.round(performance.now() - started), handled }, 'answered');
    } catch (error) {
      const errorId = newErrorId();
      log.error({ err: error, errorId }, 'answering failed');
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await sendChoices(interaction, []);
        } else if (interaction.isRepliable()) {
          await sendError(interaction, errorId);
        }
      } catch (notifyError) {
        log.warn({ err: notifyError, errorId }, 'could not tell the user that answering failed');
      }
    }
  };
}
