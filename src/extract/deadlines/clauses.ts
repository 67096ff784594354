import type { DateLexicon } from '../../lexicon/dateLexicon.js';
import { isVerb, type Token } from './taggedSentence.js';

/** A clause of a sentence: the words between two breaks, with the word that opened it. */
export interface Segment {
  /** "after", "who", "and": the break word, not part of `tokens`. */
  opener: Token | null;
  tokens: Token[];
}

/** Which words of a sentence belong to the date phrase being described. */
export type DateTest = (t: Token) => boolean;

const BREAK_AFTER = /[,;:—–]|\s-\s/u;
const BREAK_BEFORE = /[—–]/u;
/** "July 24, 2025": the comma before a year is part of a date. */
const YEAR = /^(?:19|20)\d{2}$/u;

const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const sets = new WeakMap<
  DateLexicon,
  { breaks: Set<string>; coordinators: Set<string>; prepositions: Set<string> }
>();

function wordSets(lex: DateLexicon) {
  let s = sets.get(lex);
  if (!s) {
    s = {
      breaks: lowerSet(lex.clauseBreaks),
      coordinators: lowerSet(lex.coordinators),
      prepositions: lowerSet(lex.prepositions),
    };
    sets.set(lex, s);
  }
  return s;
}

/** A preposition that opens only a phrase: no verb follows it before the next break. */
function phraseOnly(tokens: Token[], i: number, breaks: Set<string>): boolean {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (breaks.has(t.lower)) return true;
    if (isVerb(t) && !insideNounPhrase(tokens, j)) return false;
    if (BREAK_AFTER.test(t.post)) return true;
  }
  return true;
}

/** The first verb-like word at or after `i`, skipping adverbs ("and then attend"). */
function verbAhead(tokens: Token[], i: number): boolean {
  let j = i;
  while (tokens[j]?.tags.has('Adverb')) j++;
  return tokens[j] !== undefined && isVerb(tokens[j]!);
}

/**
 * Splits a sentence into clauses at punctuation, subordinators and relative pronouns, and at a
 * coordinator only where a verb follows it ("... and attend"; not "South Korea and the US").
 * Punctuation inside the date phrase ("July 24, 2025") is no break.
 */
export function segmentsOf(tokens: Token[], isDate: DateTest, lex: DateLexicon): Segment[] {
  const { breaks, coordinators, prepositions } = wordSets(lex);
  const segments: Segment[] = [{ opener: null, tokens: [] }];
  tokens.forEach((t, i) => {
    const previous = tokens[i - 1];
    const current = segments[segments.length - 1]!;
    const inDate =
      previous !== undefined &&
      ((isDate(t) && isDate(previous)) || (YEAR.test(t.text) && /^\d{1,2}$/u.test(previous.text)));
    // "before the deadline" is a phrase, "before the court hears" and "after meeting" are clauses:
    // a verb before the next break tells them apart.
    const opens = breaks.has(t.lower) && (!prepositions.has(t.lower) || !phraseOnly(tokens, i, breaks));
    if (!isDate(t) && (opens || (coordinators.has(t.lower) && verbAhead(tokens, i + 1)))) {
      segments.push({ opener: t, tokens: [] });
      return;
    }
    const punctuated =
      previous !== undefined && (BREAK_AFTER.test(previous.post) || BREAK_BEFORE.test(t.pre));
    if (punctuated && !inDate && (current.tokens.length > 0 || current.opener))
      segments.push({ opener: null, tokens: [t] });
    else current.tokens.push(t);
  });
  return segments.filter((s) => s.tokens.length > 0);
}

/** A verb group: auxiliaries, adverbs inside it, "to", and the main verb last. */
export interface VerbGroup {
  tokens: Token[];
  main: Token;
}

/** The verb groups of a clause, left to right, leaving out the date's words. */
export function verbGroups(tokens: Token[], isDate: DateTest): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let run: Token[] = [];
  const close = () => {
    const verbs = run.filter(isVerb);
    if (verbs.length > 0) {
      // Trailing adverbs ("met again") belong to what follows the verb, not to the group.
      const last = run.lastIndexOf(verbs[verbs.length - 1]!);
      groups.push({ tokens: run.slice(0, last + 1), main: verbs[verbs.length - 1]! });
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (isDate(t)) return close();
    const next = tokens[i + 1];
    const verb = isVerb(t) && !insideNounPhrase(tokens, i);
    // Two main verbs in a row ("copper imports took effect"): the first is a noun the tagger misread.
    if (verb && run.length > 0 && isVerb(run[run.length - 1]!) && !isAuxiliary(run[run.length - 1]!))
      run = [];
    const joins =
      verb ||
      (t.lower === 'to' && next !== undefined && isVerb(next)) ||
      (run.length > 0 &&
        (t.tags.has('Adverb') || t.tags.has('Negative')) &&
        next !== undefined &&
        verbAhead(tokens, i + 1));
    if (joins) run.push(t);
    else close();
  });
  close();
  return groups;
}

const isAuxiliary = (t: Token) => ['Auxiliary', 'Modal', 'Copula'].some((tag) => t.tags.has(tag));

/** "Thursday’s meeting", "a 25 percent levy": a word after a determiner or modifier is a noun. */
export function insideNounPhrase(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || previous.lower === 'to' || previous.tags.has('Pronoun')) return false;
  return (
    /['’]s$/u.test(previous.text) ||
    ['Determiner', 'Possessive', 'Adjective', 'Unit', 'Value'].some((tag) => previous.tags.has(tag))
  );
}

/** The verb group a date belongs to: the nearest one before it, else the first after it. */
export function groupOfDate(groups: VerbGroup[], dateStart: number): VerbGroup | null {
  const before = groups.filter((g) => g.main.end <= dateStart);
  return before[before.length - 1] ?? groups.find((g) => g.tokens[0]!.start >= dateStart) ?? null;
}
