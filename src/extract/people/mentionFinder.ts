import type { Paragraph } from '../../index/schema.js';
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

/** A mention before it is resolved: every id its words may stand for. */
interface LocatedMention {
  start: number;
  end: number;
  /** The candidates for a name or title; empty for a pronoun. */
  ids: readonly string[];
  form: Mention['form'];
  pronoun: Mention['pronoun'];
  possessive: boolean;
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
  return resolve(locate(text, registry, lex), articleId, registry, quoted);
}

const located = new WeakMap<
  PeopleRegistry['forms'],
  { lex: AttributionLexicon; byParagraph: WeakMap<Paragraph, LocatedMention[]> }
>();

/**
 * `findMentions` for a paragraph of the corpus. Where a mention is and whom it may mean depend
 * only on the registry's forms and titles, which registries that differ only in article ids
 * share (`withArticleIds`): the paragraph is then read once for all of them, and only the choice
 * between several candidates is made again.
 */
export function paragraphMentions(
  paragraph: Paragraph,
  articleId: string,
  registry: PeopleRegistry,
  lex: AttributionLexicon,
  quoted: readonly [number, number][] = [],
): Mention[] {
  let cache = located.get(registry.forms);
  if (!cache || cache.lex !== lex) located.set(registry.forms, (cache = { lex, byParagraph: new WeakMap() }));
  let found = cache.byParagraph.get(paragraph);
  if (!found) cache.byParagraph.set(paragraph, (found = locate(paragraph.text, registry, lex)));
  return resolve(found, articleId, registry, quoted);
}

function resolve(
  found: readonly LocatedMention[],
  articleId: string,
  registry: PeopleRegistry,
  quoted: readonly [number, number][],
): Mention[] {
  return found.map((m) => ({
    start: m.start,
    end: m.end,
    personId: m.form === 'pronoun' ? null : pick(m.ids, articleId, registry),
    form: m.form,
    pronoun: m.pronoun,
    possessive: m.possessive,
    inQuote: quoted.some(([s, e]) => m.start >= s && m.start < e),
  }));
}

/** Where the registry's names, held titles and the lexicon's pronouns are written, without overlaps. */
function locate(text: string, registry: PeopleRegistry, lex: AttributionLexicon): LocatedMention[] {
  const raw: LocatedMention[] = [];
  const mention = (
    start: number,
    end: number,
    ids: readonly string[],
    form: Mention['form'],
    pronoun: Mention['pronoun'] = null,
  ) => {
    const possessive =
      (isQuoteAt(text, end) && text.charCodeAt(end + 1) === S && !letterAt(text, end + 2)) ||
      (end > start &&
        text.charCodeAt(end - 1) === S &&
        text.charCodeAt(end) === RIGHT_SINGLE_QUOTE &&
        !letterAt(text, end + 1) &&
        form !== 'pronoun');
    raw.push({ start, end, ids, form, pronoun, possessive });
  };

  for (const m of findForms(text, registry.formIndex)) {
    const ids = registry.forms.get(m.form) ?? [];
    // "Treasury" in "US Treasury secretary Scott Bessent" is part of a title, not the department.
    if (
      ids.every((id) => registry.people.get(id)?.kind === 'organisation') &&
      startsTitleAt(text, m.end, lex)
    )
      continue;
    mention(m.start, m.end, ids, 'name');
  }
  // Shared patterns, run from the start with exec: cheaper than matchAll's copy and iterator.
  const titles = titlePattern(lex);
  titles.lastIndex = 0;
  for (let m = titles.exec(text); m; m = titles.exec(text)) {
    const end = m.index + m[0].length;
    // "the president Donald Trump": a title before a name is no reference of its own; the name is.
    NAME_AFTER.lastIndex = end;
    if (NAME_AFTER.test(text)) continue;
    const qualifiers = m[1]!.trim().split(/\s+/).filter(Boolean);
    const words = m[2]!.toLowerCase().split(/\s+/);
    // Only the holders of a title ending in these words are asked, not the whole roster.
    const holders = registry.titleHolders.get(titleKey(words)) ?? new Map<string, HeldTitle[]>();
    const ids = [...holders]
      .filter(([, held]) => held.some((h) => nationalitiesAgree(qualifiers, h.display, lex)))
      .map(([id]) => id);
    if (ids.length > 0) mention(m.index, end, ids, 'title');
  }
  const pronouns = pronounPattern(lex);
  pronouns.lastIndex = 0;
  for (let m = pronouns.exec(text); m; m = pronouns.exec(text)) {
    const word = m[0].toLowerCase().replace(/\s+/gu, ' ');
    const kind = lex.personPronouns.has(word) ? 'person' : 'organisation';
    mention(m.index, m.index + m[0].length, [], 'pronoun', kind);
  }

  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LocatedMention[] = [];
  for (const m of raw) if (kept.length === 0 || m.start >= kept[kept.length - 1]!.end) kept.push(m);
  return kept;
}

/** The one id to use: the only candidate, or the only one the article itself names. */
function pick(ids: readonly string[], articleId: string, registry: PeopleRegistry): string | null {
  if (ids.length === 1) return ids[0]!;
  const local = ids.filter((id) => registry.articles.get(id)?.has(articleId));
  return local.length === 1 ? local[0]! : null;
}

const S = 0x73;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LETTER = /\p{L}/uy;
const NEXT_WORD = /\s+(\p{L}+)/uy;
const NAME_AFTER = /\s+\p{Lu}\p{Ll}/uy;

function isQuoteAt(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}

/** Whether a letter (a whole code point, as the `u` flag reads it) starts at an offset. */
function letterAt(text: string, offset: number): boolean {
  if (offset >= text.length) return false;
  LETTER.lastIndex = offset;
  return LETTER.test(text);
}

/** Whether the word after white space at `offset` is the first word of a lexicon title. */
function startsTitleAt(text: string, offset: number, lex: AttributionLexicon): boolean {
  NEXT_WORD.lastIndex = offset;
  const word = NEXT_WORD.exec(text)?.[1];
  return word !== undefined && titleFirstWords(lex).has(word.toLowerCase());
}

const firstWords = new WeakMap<AttributionLexicon, Set<string>>();

function titleFirstWords(lex: AttributionLexicon): Set<string> {
  let words = firstWords.get(lex);
  if (!words) firstWords.set(lex, (words = new Set(lex.titles.map((t) => t.words[0]!))));
  return words;
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
