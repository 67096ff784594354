import { commandSpec, type CommandName } from './catalog.js';

/**
 * The options of a command as the answer functions read them: only the command's own options,
 * trimmed, whitespace and control characters collapsed to single spaces, and cut to each
 * option's maximum length (Discord enforces the same maximum on its side).
 */
export function normalizeOptions(
  command: CommandName,
  options: Readonly<Record<string, string>>,
): Record<string, string> {
  const normalized: Record<string, string> = {};
  for (const spec of commandSpec(command)?.options ?? []) {
    const raw = options[spec.name];
    if (typeof raw !== 'string') continue;
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    const cleaned = Array.from(raw.replace(/[\s\u0000-\u001f\u007f]+/gu, ' ').trim())
      .slice(0, spec.maxLength)
      .join('')
      .trim();
    if (cleaned !== '') normalized[spec.name] = cleaned;
  }
  return normalized;
}
