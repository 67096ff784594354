import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import { findForms } from './formIndex.js';
import { titleKey, type HeldTitle, type PeopleRegistry } from './peopleRegistry.js';
import { nationalitiesAgree } from './titles.js';

/** A place where a paragraph names, titles or refers to a known person or organisation. */
export interface Mention {
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  /** Null when the words fit no one, or several people equally. */
  personId: string | null;
  form: 'name' | 'title' | 'pronoun';
  /** For pronouns: whether it stands for a person ("he") or an organisation ("it"). */
  pronoun: 'person' | 'organisation' | null;
  possessive: boolean;
  /** Inside quotation marks: the quoted speaker's words, not the reporter's. */
  inQuote: boolean;
}

/**
 * The mentions in one paragraph, left to right, longest first where two overlap. A surname or
 * title that fits several people resolves to the one the article names, if only one.
 */
export function findMentions(
  text: string,
  articleId: string,
  registry: PeopleRegistry,
  lex: AttributionLexicon,
  quoted: readonly [number, number][] = [],
): Mention[] {
  const raw: Mention[] = [];
  const mention = (
    start: number,
    end: number,
    personId: string | null,
    form: Mention['form'],
    pronoun: Mention['pronoun'] = null,
  ) => {
    const after = text.slice(end);
    const possessive =
      /^['’]s(?![\p{L}])/u.test(after) ||
      (/s$/u.test(text.slice(start, end)) && /^’(?![\p{L}])/u.test(after) && form !== 'pronoun');
    raw.push({
      start,
      end,
      personId,
      form,
      pronoun,
      possessive,
      inQuote: quoted.some(([s, e]) => start >= s && start < e),
    });
  };

  for (const m of findForms(text, registry.formIndex)) {
    const ids = registry.forms.get(m.form) ?? [];
    // "Treasury" in "US Treasury secretary Scott Bessent" is part of a title, not the department.
    const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(m.end))?.[1]?.toLowerCase();
    const inTitle = nextWord !== undefined && lex.titles.some((t) => t.words[0] === nextWord);
    if (inTitle && ids.every((id) => registry.people.get(id)?.kind === 'organisation')) continue;
    mention(m.start, m.end, pick(ids, articleId, registry), 'name');
  }
  for (const m of text.matchAll(titlePattern(lex))) {
    const end = m.index + m[0].length;
    if (/^\s+\p{Lu}\p{Ll}/u.test(text.slice(end))) continue;
    const qualifiers = m[1]!.trim().split(/\s+/).filter(Boolean);
    const words = m[2]!.toLowerCase().split(/\s+/);
    // Only the holders of a title ending in these words are asked, not the whole roster.
    const holders = registry.titleHolders.get(titleKey(words)) ?? new Map<string, HeldTitle[]>();
    const ids = [...holders]
      .filter(([, held]) => held.some((h) => nationalitiesAgree(qualifiers, h.display, lex)))
      .map(([id]) => id);
    if (ids.length > 0) mention(m.index, end, pick(ids, articleId, registry), 'title');
  }
  for (const m of text.matchAll(pronounPattern(lex))) {
    const word = m[0].toLowerCase().replace(/\s+/gu, ' ');
    const kind = lex.personPronouns.has(word) ? 'person' : 'organisation';
    mention(m.index, m.index + m[0].length, null, 'pronoun', kind);
  }

  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of raw) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** The one id to use: the only candidate, or the only one the article itself names. */
function pick(ids: string[], articleId: string, registry: PeopleRegistry): string | null {
  if (ids.length === 1) return ids[0]!;
  const local = ids.filter((id) => registry.people.get(id)?.articleIds.includes(articleId));
  return local.length === 1 ? local[0]! : null;
}

const pronounPatterns = new WeakMap<AttributionLexicon, RegExp>();

function pronounPattern(lex: AttributionLexicon): RegExp {
  let pattern = pronounPatterns.get(lex);
  if (!pattern) {
    const phrases = [...lex.personPronouns, ...lex.organisationPronouns]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.split(' ').join('\\s+'));
    pattern = new RegExp(`(?<![\\p{L}’'])(?:${phrases.join('|')})(?![\\p{L}’'])`, 'giu');
    pronounPatterns.set(lex, pattern);
  }
  return pattern;
}

const titlePatterns = new WeakMap<AttributionLexicon, RegExp>();

function titlePattern(lex: AttributionLexicon): RegExp {
  let pattern = titlePatterns.get(lex);
  if (!pattern) {
    const titles = lex.titles.map((t) => t.words.join('\\s+'));
    pattern = new RegExp(
      `(?<![\\p{L}])[Tt]he\\s+((?:[\\p{L}\\p{M}.’'-]+\\s+){0,2}?)(${titles.join('|')})(?![\\p{L}])`,
      'giu',
    );
    titlePatterns.set(lex, pattern);
  }
  return pattern;
}
