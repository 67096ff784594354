/**
 * The benchmark's queries, drawn from what the index holds, so each one has a known answer: a
 * speaker's name typed (often with a typo) must bring that speaker up, words taken from a
 * paragraph must find a paragraph that holds them.
 */
import type { TariffIndex } from '../src/index/schema.js';
import type { QueryLexicon } from '../src/query/queryLexicon.js';
import { fold, stem, words } from '../src/query/text.js';
import type { Random } from './prng.js';
import { addTypoToText } from './typos.js';

export const QUERY_KINDS = [
  'speaker-complete',
  'subject-complete',
  'quote',
  'tariff',
  'deadline',
  'search',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** What a right answer looks like, judged on the first five results. */
export type Expectation =
  | { type: 'speaker'; id: string; name: string }
  | { type: 'subject'; slug: string; label: string }
  /** A result whose text holds every one of these stemmed words. */
  | { type: 'words'; words: string[] }
  /** A deadline whose description the topic, typed without the typo, matches (synonyms included). */
  | { type: 'topic'; topic: string };

export interface BenchQuery {
  kind: QueryKind;
  /** What the user typed: the autocomplete text, or the main option of the command. */
  text: string;
  /** The command's options, for the answer layer; empty for autocomplete. */
  options: Record<string, string>;
  typo: boolean;
  /** Null for keystrokes on the way to a name: timed, not judged. */
  expect: Expectation | null;
}

const TYPO_SHARE = 0.5;
/** Autocomplete runs on every keystroke: this share of its queries are unfinished prefixes. */
const PREFIX_SHARE = 0.4;
const MIN_CONTENT_WORD = 4;

/** `perKind` queries of each kind the index can answer; a kind with nothing to ask about gets none. */
export function generateQueries(
  rng: Random,
  index: TariffIndex,
  lexicon: QueryLexicon,
  perKind: number,
): BenchQuery[] {
  const stop = new Set(lexicon.stopwords.flatMap(words));
  const quoted = new Set(index.quotes.map((q) => q.speakerId));
  const people = index.people.filter((p) => quoted.has(p.id));
  const speakers = people.length > 0 ? people : index.people;
  const slugs = [...new Set(index.tariffs.map((t) => t.subject))].sort();
  const subjects = slugs.map(
    (slug) =>
      lexicon.subjects.find((s) => s.slug === slug) ?? { slug, label: slug.replace(/-/g, ' '), aliases: [] },
  );
  const paragraphs = index.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  const queries: BenchQuery[] = [];

  const typed = (text: string) => (rng.chance(TYPO_SHARE) ? addTypoToText(rng, text) : { text, typo: false });
  const nameForm = (name: string) => (rng.chance(0.5) ? name : name.split(' ').at(-1)!);
  const keystroke = (kind: QueryKind, full: { text: string; typo: boolean }, expect: Expectation) => {
    if (full.text.length > 1 && rng.chance(PREFIX_SHARE)) {
      return {
        kind,
        text: full.text.slice(0, rng.int(1, full.text.length - 1)),
        options: {},
        typo: full.typo,
        expect: null,
      };
    }
    return { kind, text: full.text, options: {}, typo: full.typo, expect };
  };

  for (let i = 0; i < perKind && speakers.length > 0; i++) {
    const p = rng.pick(speakers);
    queries.push(
      keystroke('speaker-complete', typed(nameForm(p.name)), { type: 'speaker', id: p.id, name: p.name }),
    );
  }
  for (let i = 0; i < perKind && subjects.length > 0; i++) {
    const s = rng.pick(subjects);
    queries.push(
      keystroke('subject-complete', typed(rng.pick([s.label, ...s.aliases])), {
        type: 'subject',
        slug: s.slug,
        label: s.label,
      }),
    );
  }
  for (let i = 0; i < perKind && people.length > 0; i++) {
    const p = rng.pick(people);
    const { text, typo } = typed(nameForm(p.name));
    queries.push({
      kind: 'quote',
      text,
      options: { speaker: text },
      typo,
      expect: { type: 'speaker', id: p.id, name: p.name },
    });
  }
  for (let i = 0; i < perKind && subjects.length > 0; i++) {
    const s = rng.pick(subjects);
    const { text, typo } = typed(rng.pick([s.label, ...s.aliases]));
    queries.push({
      kind: 'tariff',
      text,
      options: { subject: text },
      typo,
      expect: { type: 'subject', slug: s.slug, label: s.label },
    });
  }
  for (let i = 0; i < perKind && index.deadlines.length > 0; i++) {
    const d = rng.pick(index.deadlines);
    const candidates = contentWords(d.description, stop);
    if (candidates.length === 0) {
      queries.push({ kind: 'deadline', text: '', options: {}, typo: false, expect: null });
      continue;
    }
    const word = rng.pick(candidates);
    const { text, typo } = typed(word);
    queries.push({
      kind: 'deadline',
      text,
      options: { topic: text },
      typo,
      expect: { type: 'topic', topic: word },
    });
  }
  // A paragraph of numbers and short words has nothing to search for: draw another, a bounded number of times.
  for (let i = 0, attempts = 0; i < perKind && paragraphs.length > 0 && attempts < perKind * 10; attempts++) {
    const candidates = contentWords(rng.pick(paragraphs), stop);
    if (candidates.length < 2) continue;
    const start = rng.int(0, Math.max(0, candidates.length - 3));
    const picked = candidates.slice(start, start + rng.int(2, 3));
    const { text, typo } = typed(picked.join(' '));
    queries.push({
      kind: 'search',
      text,
      options: { query: text },
      typo,
      expect: { type: 'words', words: picked.map(stem) },
    });
    i++;
  }
  return queries;
}

/** The distinct words of a text worth searching for, in order: no stop words, no short words, no numbers. */
function contentWords(text: string, stop: ReadonlySet<string>): string[] {
  const seen = new Set<string>();
  return fold(text)
    .split(' ')
    .filter((w) => {
      const keep = w.length >= MIN_CONTENT_WORD && !/^\d/.test(w) && !stop.has(stem(w)) && !seen.has(w);
      seen.add(w);
      return keep;
    });
}
