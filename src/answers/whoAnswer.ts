import { citationsFor } from '../query/citations.js';
import type { QueryContext } from '../query/queryContext.js';
import type { Speaker } from '../query/speakers.js';
import { lookUpSpeaker } from './speakerResolution.js';
import type { Answer, PersonItem } from './types.js';

/** `/who <name>`: a person's role, aliases, number of quotes and articles; a near tie shows both people. */
export function whoAnswer(ctx: QueryContext, options: Record<string, string>): Answer {
  const name = options.name ?? '';
  const lookup = lookUpSpeaker(ctx, name, 'name');
  if ('speaker' in lookup) {
    return { command: 'who', options, title: lookup.speaker.name, items: [toItem(ctx, lookup.speaker)] };
  }
  return {
    command: 'who',
    options,
    title: name === '' ? 'Who' : `Who is “${name}”?`,
    items: lookup.candidates.map((s) => toItem(ctx, s)),
    message: lookup.message,
    suggestions: lookup.suggestions,
  };
}

function toItem(ctx: QueryContext, s: Speaker): PersonItem {
  return {
    kind: 'person',
    id: s.id,
    name: s.name,
    role: s.role,
    aliases: s.aliases,
    quoteCount: s.quoteCount,
    articleIds: s.articleIds,
    citations: citationsFor(ctx.articles, s.articleIds),
  };
}
