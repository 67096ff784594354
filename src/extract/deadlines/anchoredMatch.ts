/**
 * compromise tries each post-tagger match at every word of a segment: it copies the rest of the
 * segment (`terms.slice(i)`) and walks the match from there, though at most words the first token
 * already fails ("#Verb" on a noun). This tries a match only at the words where its leading
 * tokens can take the words in turn (`canStartAt`), through compromise's own matcher, and gives
 * the pointers compromise's would: the same matches, groups and `notIf` drops, and the search
 * resumed after each match in the same place.
 *
 * A match is tried this way when its first token is a word, tag, @method, %switch%, (fast|or)
 * list or block of choices that can be tested on one word, and nothing in it depends on where the
 * segment starts (`^`) or on a `$` that a match may stop short of: the others are left to
 * compromise.
 */

import nlp from 'compromise';
import { z } from 'zod';

/** A term of a compromise document, as much of it as a first token reads. */
export interface MatchTerm {
  id?: unknown;
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: readonly string[];
  switch?: string;
  tags: ReadonlySet<string>;
  [key: string]: unknown;
}

/** A token of a parsed match ("#Verb", "[(talks|deal)]"), as compromise's parser gives it. */
export interface MatchToken {
  word?: string;
  tag?: string;
  method?: string;
  switch?: string;
  fastOr?: ReadonlySet<string>;
  pos?: string;
  use?: string;
  start?: boolean;
  end?: boolean;
  choices?: readonly (MatchToken | readonly MatchToken[])[];
  [key: string]: unknown;
}

/** A match to run, as compromise's matcher takes it. */
export interface MatchTodo {
  regs?: readonly MatchToken[];
  group?: string | number;
  notIf?: unknown;
  justOne?: boolean;
}

/** A pointer as compromise's matcher returns it: segment, start, end, and the ids at both ends. */
export type Pointer = [number, number, number, unknown, unknown];

export type Matcher = (
  docs: readonly (readonly MatchTerm[])[],
  todo: MatchTodo,
) => { ptrs: Pointer[]; byGroup: Record<string, Pointer[]> };

/**
 * Keys of a first token that this can read: what it matches, the group it opens, and repeats
 * ("#Adverb+"), which compromise tests without the `^` anchor after the first word.
 */
const SIMPLE = new Set([
  'word',
  'tag',
  'method',
  'switch',
  'fastOr',
  'operator',
  'pos',
  'use',
  'group',
  'groupStart',
  'groupEnd',
  'greedy',
  'min',
  'max',
]);

/** What a token needs of the word it takes: false only where compromise's matcher would fail. */
type WordTest = (term: MatchTerm) => boolean;

/** A leading token of a match, and the word it takes. */
interface Step {
  test: WordTest;
  /** A `$` token: it takes the segment's last word. */
  last: boolean;
}

/** A match prepared for trying at chosen words. */
export interface Anchored {
  /**
   * The leading tokens of the match, each taking the word after the one before: the first, then
   * each one after a token that takes exactly one word, up to one that may take none or several.
   */
  steps: readonly Step[];
  /** The match tried at one place only (its first token anchored at `^`), with no group picked. */
  here: MatchTodo;
  /** The same, with the match's `notIf`: whether a match found `here` is kept. */
  kept: MatchTodo | null;
  /** Words it needs at least: compromise stops trying when fewer are left. */
  minLength: number;
}

/** Keys a leading token after the first can also have: `$`, which `steps` reads. */
const LATER = new Set([...SIMPLE, 'end']);

const World = z.object({
  methods: z.object({ one: z.object({ termMethods: z.record(z.string(), z.unknown()) }) }),
});
let termMethods: Record<string, unknown> | null = null;

/** compromise's test of a word by a method ("@hasComma"), or null for a method it does not have. */
function methodTest(name: string): WordTest | null {
  termMethods ??= World.parse(nlp.world()).methods.one.termMethods;
  const method = Object.hasOwn(termMethods, name) ? termMethods[name] : undefined;
  if (typeof method !== 'function') return null;
  return (t) => (method as (term: MatchTerm) => unknown)(t) === true;
}

/**
 * compromise's test of one word against a token (`doesMatch`), for the kinds above; `keys` are
 * those the token may have.
 */
function wordTest(reg: MatchToken, keys: ReadonlySet<string> = SIMPLE): WordTest | null {
  if (reg.choices !== undefined) return choiceTest(reg);
  if (!Object.keys(reg).every((key) => keys.has(key))) return null;
  const { word, tag, method, fastOr, pos, use } = reg;
  if (word !== undefined) {
    if (use !== undefined) return (t) => t[use] === word;
    return (t) =>
      (t.machine != null && t.machine === word) ||
      (t.alias?.includes(word) ?? false) ||
      t.text === word ||
      t.normal === word;
  }
  if (tag !== undefined) return (t) => t.tags.has(tag);
  if (method !== undefined) return methodTest(method);
  if (reg.switch !== undefined) {
    const expected = reg.switch;
    return (t) => t.switch === expected;
  }
  if (fastOr !== undefined)
    return (t) => {
      if (pos !== undefined && !t.tags.has(pos)) return false;
      const key = t.root || t.implicit || t.machine || t.normal;
      return fastOr.has(key) || fastOr.has(t.text);
    };
  return null;
}

/** Keys of a block of choices ("(a b|c)") that this can read. */
const BLOCK = new Set(['choices', 'operator', 'group', 'groupStart', 'groupEnd', 'greedy']);

/**
 * A block of choices can start at a word when one of its choices can ("(a b|c)": each is tried
 * there first), or, for a block whose choices must all match there ("(#Noun && @hasComma)"),
 * when each of those this can test can.
 */
function choiceTest(reg: MatchToken): ((term: MatchTerm) => boolean) | null {
  if (!Object.keys(reg).every((key) => BLOCK.has(key))) return null;
  const tests: (((term: MatchTerm) => boolean) | null)[] = (reg.choices ?? []).map((choice) => {
    const head = Array.isArray(choice) ? (choice as readonly MatchToken[])[0] : undefined;
    return head ? wordTest(head) : null;
  });
  const known = tests.filter((test) => test !== null);
  if (reg.operator === 'and' && known.length > 0) return (t) => known.every((test) => test(t));
  if (reg.operator === 'or' && known.length === tests.length && known.length > 0)
    return (t) => known.some((test) => test(t));
  return null;
}

/**
 * Whether a token takes exactly one word when it matches: it is neither optional, negative nor
 * repeated, and is not a block that can take several. A block of one-token choices takes one:
 * "(#Noun && @hasComma)", and "(had|#PastTense)" unless a choice repeats. A contraction's first
 * half can take both halves; `canStartAt` stops there.
 */
function takesOneWord(reg: MatchToken): boolean {
  if (reg.optional === true || reg.negative === true || reg.greedy === true) return false;
  if (reg.choices === undefined) return true;
  const oneToken = (choice: MatchToken | readonly MatchToken[]) =>
    Array.isArray(choice) && choice.length === 1;
  if (reg.operator === 'and') return reg.choices.every(oneToken);
  return (
    reg.operator === 'or' &&
    reg.choices.every((c) => oneToken(c) && (c as readonly MatchToken[])[0]!.greedy !== true)
  );
}

/**
 * The test of the word an optional token ("#Adverb?") would take: that word is either its own or
 * the next token's, when that one must take a word.
 */
function optionalTest(reg: MatchToken, next: MatchToken | undefined): WordTest | null {
  if (reg.negative === true || next === undefined || next.optional === true) return null;
  const { optional: _, ...present } = reg;
  const own = wordTest(present, LATER);
  const skipped = wordTest(next, LATER);
  return own && skipped ? (t) => own(t) || skipped(t) : null;
}

/**
 * The leading tokens of a match that `canStartAt` tests: the first, then each after one that
 * takes exactly one word, while each can be tested on one word and must take one; an optional
 * one ends them, tested with the token after it.
 */
function stepsOf(regs: readonly MatchToken[]): Step[] {
  const steps: Step[] = [];
  for (const [k, reg] of regs.entries()) {
    if (k > 0 && reg.optional === true) {
      const test = optionalTest(reg, regs[k + 1]);
      if (test) steps.push({ test, last: false });
      break;
    }
    const test = k === 0 ? wordTest(reg) : wordTest(reg, LATER);
    if (!test) break;
    steps.push({ test, last: reg.end === true && reg.greedy !== true });
    if (!takesOneWord(reg)) break;
  }
  return steps;
}

/**
 * Whether a match prepared by `anchor` can start at the word `i` of a segment: each of its
 * leading tokens can take the word after the last one's, `$` tokens the segment's last word,
 * up to a contraction's first half, which can take both halves.
 */
export function canStartAt(terms: readonly MatchTerm[], i: number, anchored: Anchored): boolean {
  for (const [k, step] of anchored.steps.entries()) {
    const at = i + k;
    if (k > 0 && terms[at - 1]!.implicit) return true;
    const term = terms[at];
    if (term === undefined || !step.test(term)) return false;
    if (step.last && at !== terms.length - 1) return false;
  }
  return true;
}

const hasStart = (reg: MatchToken | readonly MatchToken[]): boolean =>
  Array.isArray(reg)
    ? reg.some(hasStart)
    : (reg as MatchToken).start === true || ((reg as MatchToken).choices ?? []).some(hasStart);

/**
 * Whether a match that ends with `$` can only succeed by reaching the end of the segment (its
 * last token is neither optional nor negative), so compromise's dropping of matches that stop
 * short never drops one, and never changes where its search resumes.
 */
const reachesEnd = (last: MatchToken) =>
  last.end !== true || (last.optional !== true && last.negative !== true);

const prepared = new WeakMap<MatchTodo, Anchored | null>();

/** A match prepared for trying at chosen words, or null for one compromise must try everywhere. */
export function anchor(todo: MatchTodo): Anchored | null {
  const known = prepared.get(todo);
  if (known !== undefined) return known;
  const regs = todo.regs ?? [];
  const [head, ...rest] = regs;
  const steps = stepsOf(regs);
  const here = head ? { regs: [{ ...head, start: true }, ...rest] } : null;
  const anchored =
    steps.length > 0 && here && todo.justOne !== true && !regs.some(hasStart) && reachesEnd(regs.at(-1)!)
      ? {
          steps,
          here,
          kept: todo.notIf === undefined ? null : { ...here, notIf: todo.notIf },
          minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
        }
      : null;
  prepared.set(todo, anchored);
  return anchored;
}

/**
 * The pointers compromise's matcher finds for `todo` in one segment, from the words its first
 * token can take. Like compromise's, a match resumes the search at its last word, and a group
 * names the part of each match the pointer covers.
 */
export function matchSegment(terms: readonly MatchTerm[], todo: MatchTodo, match: Matcher): Pointer[] {
  const anchored = anchor(todo);
  if (!anchored) return match([terms], todo).ptrs;
  const group = todo.group === undefined ? undefined : String(todo.group);
  const pointers: Pointer[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (terms.length - i < anchored.minLength) break;
    if (!canStartAt(terms, i, anchored)) continue;
    const found = match([terms.slice(i)], anchored.here);
    const whole = found.ptrs[0];
    if (!whole) continue;
    const part = group === undefined ? whole : found.byGroup[group]?.[0];
    // A match its `notIf` drops still moves the search past it, as in compromise's.
    if (part && (!anchored.kept || match([terms.slice(i)], anchored.kept).ptrs.length > 0)) {
      const [start, end] = [i + part[1], i + part[2]];
      pointers.push([0, start, end, terms[start]!.id, terms[end - 1]!.id]);
    }
    i = Math.max(i, i + whole[2] - 1);
  }
  return pointers;
}
