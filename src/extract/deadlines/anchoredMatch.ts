/**
 * compromise tries each post-tagger match at every word of a segment: it copies the rest of the
 * segment (`terms.slice(i)`) and walks the match from there, though at most words the first token
 * already fails ("#Verb" on a noun). This tries a match only at the words its first token (and,
 * when that takes one word, its second) can take, through compromise's own matcher, and gives the
 * pointers compromise's would: the same matches, groups and `notIf` drops, and the search resumed
 * after each match in the same place.
 *
 * A match is tried this way when its first token is a word, tag, %switch%, (fast|or) list or
 * block of choices that can be tested on one word, and nothing in it depends on where the segment
 * starts (`^`) or on a `$` that a match may stop short of: the others are left to compromise.
 */

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

/** A match prepared for trying at chosen words. */
interface Anchored {
  /** Whether a word can be the first of a match: false only where compromise's would fail. */
  first: (term: MatchTerm) => boolean;
  /**
   * Whether the word after a first word can be the second of a match, when the first token takes
   * exactly one word: a contraction's first half ("we" of "we’ve") can take both halves.
   */
  second: ((term: MatchTerm) => boolean) | null;
  /** The match tried at one place only (its first token anchored at `^`), with no group picked. */
  here: MatchTodo;
  /** The same, with the match's `notIf`: whether a match found `here` is kept. */
  kept: MatchTodo | null;
  /** Words it needs at least: compromise stops trying when fewer are left. */
  minLength: number;
}

/** compromise's test of one word against a first token (`doesMatch`), for the kinds above. */
function firstTest(reg: MatchToken): ((term: MatchTerm) => boolean) | null {
  if (reg.choices !== undefined) return choiceTest(reg);
  if (!Object.keys(reg).every((key) => SIMPLE.has(key))) return null;
  const { word, tag, fastOr, pos, use } = reg;
  if (word !== undefined) {
    if (use !== undefined) return (t) => t[use] === word;
    return (t) =>
      (t.machine != null && t.machine === word) ||
      (t.alias?.some((a) => a === word) ?? false) ||
      t.text === word ||
      t.normal === word;
  }
  if (tag !== undefined) return (t) => t.tags.has(tag);
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
    return head ? firstTest(head) : null;
  });
  const known = tests.filter((test) => test !== null);
  if (reg.operator === 'and' && known.length > 0) return (t) => known.every((test) => test(t));
  if (reg.operator === 'or' && known.length === tests.length && known.length > 0)
    return (t) => known.some((test) => test(t));
  return null;
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
  const first = head && firstTest(head);
  const single = head !== undefined && head.choices === undefined && head.greedy !== true;
  const next = rest[0];
  const here = head ? { regs: [{ ...head, start: true }, ...rest] } : null;
  const anchored =
    first && here && todo.justOne !== true && !regs.some(hasStart) && reachesEnd(regs.at(-1)!)
      ? {
          first,
          second: single && next ? firstTest(next) : null,
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
    const term = terms[i]!;
    if (!anchored.first(term)) continue;
    const { second } = anchored;
    if (second && !term.implicit && !(i + 1 < terms.length && second(terms[i + 1]!))) continue;
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
