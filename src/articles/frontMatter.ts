import { z } from 'zod';

/**
 * The metadata block at the top of an article:
 *
 *     ---
 *     title: Japan's Akazawa aims to visit US next week
 *     source: Bloomberg News
 *     published: 2025-07-19
 *     url: https://...
 *     ---
 *
 * One `key: value` a line; values may be wrapped in single or double quotes.
 */
export const FrontMatter = z
  .object({
    title: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    via: z.string().min(1).optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
      .refine(
        (d) =>
          !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
          new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
        'not a real calendar date',
      )
      .optional(),
    url: z.url().optional(),
    paraphrased: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    note: z.string().optional(),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatter>;

export type FrontMatterResult =
  { ok: true; meta: FrontMatter; bodyStart: number } | { ok: false; reason: string };

const KNOWN_KEYS = Object.keys(FrontMatter.shape).join(', ');

/** Splits a leading `---` block off normalised text. No block: empty metadata, body from 0. */
export function splitFrontMatter(text: string): FrontMatterResult {
  if (!text.startsWith('---\n')) return { ok: true, meta: {}, bodyStart: 0 };
  const close = text.indexOf('\n---', 3);
  const closeEnd = close === -1 ? -1 : close + 4;
  if (close === -1 || (closeEnd < text.length && text[closeEnd] !== '\n')) {
    return {
      ok: false,
      reason: 'front matter starts with "---" but has no closing "---" line. Add the closing line.',
    };
  }
  const lines = text
    .slice(4, close + 1)
    .split('\n')
    .slice(0, -1);
  const raw: Record<string, string> = {};
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      return {
        ok: false,
        reason: `front matter line ${i + 2} ${JSON.stringify(line)} is not "key: value". Fix or remove that line.`,
      };
    }
    raw[m[1]!.toLowerCase()] = unquote(m[2]!.trim());
  }
  const parsed = FrontMatter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.join('.') || '(block)';
    const reason =
      issue.code === 'unrecognized_keys'
        ? `front matter has unknown key(s) ${issue.keys.join(', ')}; the known keys are ${KNOWN_KEYS}.`
        : `front matter "${key}": ${issue.message}.`;
    return { ok: false, reason };
  }
  return { ok: true, meta: parsed.data, bodyStart: closeEnd < text.length ? closeEnd + 1 : text.length };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}
