import type { QueryContext } from '../query/queryContext.js';
import type { CommandName } from './catalog.js';
import { deadlineAnswer } from './deadlineAnswer.js';
import { helpAnswer } from './helpAnswer.js';
import { normalizeOptions } from './options.js';
import { quoteAnswer } from './quoteAnswer.js';
import { searchAnswer } from './searchAnswer.js';
import { sourcesAnswer } from './sourcesAnswer.js';
import { tariffAnswer } from './tariffAnswer.js';
import type { Answer } from './types.js';
import { whoAnswer } from './whoAnswer.js';

/**
 * Answers one command from the index. Never throws on user input: unknown names, empty or very
 * long strings, markdown, mentions and operator characters all give an Answer, with a message and
 * suggestions when there is nothing to show. `now` decides which dates are upcoming.
 */
export function answer(
  ctx: QueryContext,
  command: CommandName,
  options: Readonly<Record<string, string>>,
  now: Date = new Date(),
): Answer {
  const opts = normalizeOptions(command, options);
  switch (command) {
    case 'deadline':
      return deadlineAnswer(ctx, opts, now);
    case 'quote':
      return quoteAnswer(ctx, opts);
    case 'tariff':
      return tariffAnswer(ctx, opts);
    case 'search':
      return searchAnswer(ctx, opts);
    case 'who':
      return whoAnswer(ctx, opts);
    case 'sources':
      return sourcesAnswer(ctx, opts);
    case 'help':
      return helpAnswer(opts);
    default:
      // Only reachable when a caller casts an unchecked string to CommandName.
      return {
        ...helpAnswer({}),
        message: `There is no command “${String(command)}”. These are the commands:`,
      };
  }
}
