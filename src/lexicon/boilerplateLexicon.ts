import { z } from 'zod';
import { BoilerplateKind } from '../index/schema.js';
import { compilePattern, readLexiconFile } from './readLexiconFile.js';

const BoilerplateFile = z.object({
  /** Whole-line patterns (case-insensitive) and the kind of boilerplate each one marks. */
  lines: z.array(
    z.object({
      kind: BoilerplateKind,
      pattern: z.string(),
      /** Longer lines are story text even when they match. */
      maxLength: z.number().int().positive().default(200),
      /**
       * Whether the pattern may remove a line that ends like a sentence. Off by default, so a
       * story sentence that happens to contain "comments" or "related" is never removed.
       */
      sentences: z.boolean().default(false),
    }),
  ),
  /** Credits at the end of a story paragraph, e.g. "(Bloomberg)": trimmed, the paragraph kept. */
  trailingCredits: z.array(z.string()),
  /** Outlet names a credit line or a byline can reveal when an article has no front matter. */
  outlets: z.array(z.object({ name: z.string(), pattern: z.string() })),
  /** Words that end with a period without ending a sentence ("U.S.", "Aug.", "Mr."). */
  abbreviations: z.array(z.string()),
});

export interface BoilerplateLexicon {
  lines: { kind: BoilerplateKind; pattern: RegExp; maxLength: number; sentences: boolean }[];
  trailingCredits: RegExp[];
  outlets: { name: string; pattern: RegExp }[];
  abbreviations: Set<string>;
}

export const BOILERPLATE_FILE = 'boilerplate.json';

export function loadBoilerplateLexicon(dir: string): BoilerplateLexicon {
  const data = readLexiconFile(dir, BOILERPLATE_FILE, BoilerplateFile);
  return {
    lines: data.lines.map((l) => ({ ...l, pattern: compilePattern(BOILERPLATE_FILE, l.pattern, 'iu') })),
    trailingCredits: data.trailingCredits.map((p) => compilePattern(BOILERPLATE_FILE, p, 'u')),
    outlets: data.outlets.map((o) => ({
      name: o.name,
      pattern: compilePattern(BOILERPLATE_FILE, o.pattern, 'u'),
    })),
    abbreviations: new Set(data.abbreviations.map((a) => a.toLowerCase())),
  };
}
