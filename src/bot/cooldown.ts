/**
 * A per-user limit on slash commands, so one person (or one script) cannot keep the bot busy for
 * everyone else. A sliding window: at most `commands` accepted in any `windowMs`; a refused
 * command does not count, so a user who waits is answered again.
 */

export interface CooldownSettings {
  /** Commands a user may run in one window; 0 turns the limit off. */
  commands: number;
  windowMs: number;
}

export const DEFAULT_COOLDOWN: CooldownSettings = { commands: 5, windowMs: 10_000 };

export class Cooldown {
  /** Each user's accepted commands in the current window, oldest first. */
  private readonly recent = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly settings: CooldownSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one command by `user`. Returns null when it may run, or the time (ms since the epoch)
   * from which the user may run one again.
   */
  take(user: string): number | null {
    const { commands, windowMs } = this.settings;
    if (commands <= 0) return null;
    const now = this.now();
    this.sweep(now);
    const times = (this.recent.get(user) ?? []).filter((t) => t > now - windowMs);
    this.recent.set(user, times);
    if (times.length >= commands) return times[0]! + windowMs;
    times.push(now);
    return null;
  }

  /** Users being tracked; those idle for a whole window are forgotten. */
  get size(): number {
    return this.recent.size;
  }

  /** At most once a window, so the map holds only users active in the last two windows. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.settings.windowMs) return;
    this.lastSweep = now;
    for (const [user, times] of this.recent)
      if ((times.at(-1) ?? 0) <= now - this.settings.windowMs) this.recent.delete(user);
  }
}

/** The private notice for a user over the limit; Discord shows the time as "in 8 seconds". */
export function cooldownNotice(settings: CooldownSettings, retryAt: number): string {
  const seconds = Math.round(settings.windowMs / 1000);
  return (
    `You have run ${settings.commands} commands in the last ${seconds} seconds, the most this bot allows ` +
    `one person. Try again <t:${Math.ceil(retryAt / 1000)}:R>.`
  );
}
