/**
 * Sends each interaction to its handler: slash commands and autocomplete to the command's module,
 * buttons to the pager. A handler that throws is logged under a short error id and the user gets
 * that id in a private notice; the bot carries on with the next interaction. A user over the
 * command limit gets a private notice instead of an answer, and a command still working when
 * Discord's 3 s window is closing is deferred, so its answer can follow for 15 minutes.
 */
import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import type { CommandDeps, CommandModule } from './commandModule.js';
import { cooldownNotice, type Cooldown } from './cooldown.js';
import type { Logger } from './logger.js';
import { turnPage } from './pageButtons.js';
import { deferAnswer, sendChoices, sendError, sendNotice } from './reply.js';

/**
 * How long a command may work before the router defers it. Discord's 3 s count from when it sent
 * the interaction, so this leaves room for the gateway's delivery and the defer's own round trip.
 */
export const AUTO_DEFER_MS = 2000;

export interface RouterOptions {
  commands: readonly CommandModule[];
  deps: CommandDeps;
  logger: Logger;
  /** Per-user command limit; none when omitted. Autocomplete and page buttons are never limited. */
  cooldown?: Cooldown;
  /** Defer a command that has not answered after this long; AUTO_DEFER_MS when omitted. */
  deferAfterMs?: number;
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
  cooldown,
  deferAfterMs = AUTO_DEFER_MS,
}: RouterOptions): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((c) => [c.data.name, c]));

  async function handle(interaction: Interaction, log: Logger): Promise<boolean> {
    if (interaction.isChatInputCommand()) {
      const command = byName.get(interaction.commandName);
      if (!command) {
        await sendNotice(interaction, UNKNOWN_COMMAND_NOTICE);
        return false;
      }
      const retryAt = cooldown?.take(interaction.user.id) ?? null;
      if (cooldown && retryAt !== null) {
        log.info({ user: interaction.user.id, retryAt }, 'over the command limit');
        await sendNotice(interaction, cooldownNotice(cooldown.settings, retryAt));
        return false;
      }
      if (command.defer) await deferAnswer(interaction);
      // A timer can fire only while the handler waits (on I/O); an answer computed without
      // yielding is sent as soon as it is ready, and the defer then finds it under way.
      const timer = setTimeout(() => {
        deferAnswer(interaction).then(
          (deferred) => {
            if (deferred) log.info({ afterMs: deferAfterMs }, 'still working; deferred');
          },
          (error: unknown) => log.warn({ err: error }, 'could not defer a slow command'),
        );
      }, deferAfterMs);
      try {
        await command.execute(interaction, deps);
      } finally {
        clearTimeout(timer);
      }
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
      const handled = await handle(interaction, log);
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
