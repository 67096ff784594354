import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LexiconError } from '../errors.js';

/** Reads one JSON vocabulary file and parses it with its schema; errors name the file and the path. */
export function readLexiconFile<S extends z.ZodType>(dir: string, name: string, schema: S): z.infer<S> {
  const file = join(dir, name);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new LexiconError(
      file,
      'cannot be read. Restore it from the repository or point --lexicon at a folder that has it.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new LexiconError(
      file,
      `is not valid JSON (${(error as Error).message}). Fix the syntax and build again.`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new LexiconError(file, `does not match its format:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** A regular expression written as a string in a lexicon file; a bad one is a lexicon error. */
export function compilePattern(file: string, source: string, flags = 'u'): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new LexiconError(
      file,
      `has an invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`,
    );
  }
}
