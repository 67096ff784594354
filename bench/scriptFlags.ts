/** The V8 flags package.json's scripts run Node with, for the bench to run its steps the same way. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The V8 heap flags of a script's `node` command line ("--max-semi-space-size=64"), not its own options. */
export function scriptFlags(script: string): string[] {
  return script.split(/\s+/u).filter((word) => /^--max-(?:old|semi)-space-size=\d+$/u.test(word));
}

const Package = z.object({ scripts: z.object({ index: z.string() }) });

/** The flags `npm run index` builds with. */
export function indexScriptFlags(): string[] {
  const file = new URL('../package.json', import.meta.url);
  return scriptFlags(Package.parse(JSON.parse(readFileSync(file, 'utf8'))).scripts.index);
}
