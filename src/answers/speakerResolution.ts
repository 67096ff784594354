import type { QueryContext } from '../query/queryContext.js';
import type { Speaker } from '../query/speakers.js';

export type SpeakerLookup =
  { speaker: Speaker } | { message: string; suggestions: string[]; candidates: Speaker[] };

/**
 * Finds the person a user means, or explains why not: no name given, no one close enough (the
 * closest names offered), or two people about equally close (both offered).
 */
export function lookUpSpeaker(ctx: QueryContext, name: string, optionName: string): SpeakerLookup {
  const { speakers, matcher } = ctx.speakers;
  if (name === '') {
    const top = matcher.rank('', 5);
    return {
      message:
        speakers.length === 0
          ? 'The index knows no people yet.'
          : `Name someone with ${optionName}: a name, surname or title.`,
      suggestions: top.map((s) => s.name),
      candidates: [],
    };
  }
  const resolution = matcher.resolve(name);
  switch (resolution.kind) {
    case 'found':
      return { speaker: resolution.item };
    case 'ambiguous':
      return {
        message: `“${name}” fits ${listNames(resolution.candidates)} about equally well. Ask again with one of them.`,
        suggestions: resolution.candidates.map((s) => s.name),
        candidates: resolution.candidates,
      };
    case 'none':
      return {
        message:
          resolution.closest.length === 0
            ? `No one called “${name}” is in the articles.`
            : `No one called “${name}” is in the articles. Closest: ${listNames(resolution.closest)}.`,
        suggestions: resolution.closest.map((s) => s.name),
        candidates: [],
      };
  }
}

function listNames(speakers: readonly Speaker[]): string {
  const names = speakers.map((s) => (s.role ? `${s.name} (${s.role})` : s.name));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
