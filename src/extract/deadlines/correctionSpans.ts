import nlp from 'compromise';
import { z } from 'zod';
import {
  matchSegment,
  type Matcher,
  type MatchTerm,
  type MatchToken,
  type MatchTodo,
  type Pointer,
} from './anchoredMatch.js';
import { worldFunction } from './worldFunction.js';

type ParseMatch = (match: string, opts: object, world: unknown) => MatchToken[];
const World = z.object({
  methods: z.object({
    one: z.object({ match: worldFunction<Matcher>(), parseMatch: worldFunction<ParseMatch>() }),
  }),
});

let methods: { match: Matcher; parseMatch: ParseMatch } | null = null;
const parsed = new Map<string, MatchTodo>();

/**
 * Where a correction's pattern ("rose", "point man") is found in a document, as compromise's
 * `doc.match(pattern)` finds it: the same pointers, in the same order. compromise's own match
 * tries the pattern at every word, copying the rest of the sentence each time; this tries it only
 * at the words its first token takes (`matchSegment`).
 */
export function correctionSpans(document: readonly (readonly MatchTerm[])[], pattern: string): Pointer[] {
  const world = nlp.world();
  methods ??= World.parse(world).methods.one;
  let todo = parsed.get(pattern);
  if (todo === undefined) {
    todo = { regs: methods.parseMatch(pattern, {}, world) };
    parsed.set(pattern, todo);
  }
  const spans: Pointer[] = [];
  for (const [n, terms] of document.entries())
    for (const [, start, end, startId, endId] of matchSegment(terms, todo, methods.match))
      spans.push([n, start, end, startId, endId]);
  return spans;
}
