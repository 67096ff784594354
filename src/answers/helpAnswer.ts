import { CATALOG } from './catalog.js';
import type { Answer, HelpItem } from './types.js';

/** `/help`: each command with what it does and an example. */
export function helpAnswer(options: Record<string, string>): Answer {
  const items = CATALOG.map((c): HelpItem => ({
    kind: 'help',
    command: c.name,
    description: c.description,
    example: c.example,
  }));
  return { command: 'help', options, title: 'Commands', items };
}
