import type { QueryContext } from '../query/queryContext.js';
import { clip, fold, sameWord, truncate, words } from '../query/text.js';
import type { CompletionKind } from './catalog.js';

export interface Choice {
  name: string;
  value: string;
}

/** Discord's limits on autocomplete: 25 choices, names 1–100 characters, values up to 100. */
export const MAX_CHOICES = 25;
const MAX_TEXT = 100;

/**
 * Autocomplete choices for what the user has typed so far, best first, within Discord's limits.
 * Everything is looked up in structures prebuilt with the context, so it is fast enough for
 * every keystroke. Empty input lists the most quoted speakers, the most reported subjects, or
 * every topic.
 */
export function complete(ctx: QueryContext, kind: CompletionKind, text: string): Choice[] {
  const typed = clip(text, MAX_TEXT);
  switch (kind) {
    case 'speaker':
      return ctx.speakers.matcher
        .rank(typed, MAX_CHOICES)
        .map((s) => choice(describeSpeaker(s.name, s.role, s.quoteCount), s.name));
    case 'subject':
      return ctx.subjects.matcher
        .rank(typed, MAX_CHOICES)
        .map((s) => choice(describeSubject(s.label, s.tariffCount), s.label));
    case 'topic':
      return topics(ctx, typed).map((t) => choice(t, t));
    default:
      return [];
  }
}

function describeSpeaker(name: string, role: string | null, quotes: number): string {
  const parts = [
    name,
    role ? `, ${role}` : '',
    quotes > 0 ? ` (${quotes} quote${quotes === 1 ? '' : 's'})` : '',
  ];
  return parts.join('');
}

function describeSubject(label: string, tariffs: number): string {
  return tariffs > 0
    ? `${label} (${tariffs} report${tariffs === 1 ? '' : 's'})`
    : `${label} (no tariff reported)`;
}

/** Topic names whose name or terms start with, or nearly equal, what was typed. */
function topics(ctx: QueryContext, typed: string): string[] {
  const names = ctx.lexicon.topics.map((t) => t.name);
  const prefix = fold(typed);
  if (prefix === '') return names.slice(0, MAX_CHOICES);
  const typedWords = words(typed);
  const last = typedWords.at(-1) ?? '';
  const hits = ctx.lexicon.topics.filter((t) =>
    [t.name, ...t.terms].some(
      (term) => fold(term).startsWith(prefix) || words(term).some((w) => sameWord(last, w)),
    ),
  );
  return hits.map((t) => t.name).slice(0, MAX_CHOICES);
}

/** Cuts name and value to Discord's limits; a name is never empty. */
function choice(name: string, value: string): Choice {
  const shown = truncate(name.trim() === '' ? value : name, MAX_TEXT);
  return { name: shown === '' ? '?' : shown, value: truncate(value, MAX_TEXT, '') };
}
