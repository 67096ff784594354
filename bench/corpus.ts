/**
 * The synthetic corpus: articles recombined from the seed articles' story paragraphs, with the
 * people, partner country, tariff subjects, rates and dates substituted, so that a large folder
 * reads like a season of coverage rather than one story copied many times.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, TariffIndex } from '../src/index/schema.js';
import type { SubjectEntry } from '../src/query/queryLexicon.js';
import type { Country, CorpusVocabulary } from './corpusVocabulary.js';
import { Random } from './prng.js';
import { generateRoster, type RosterPerson } from './roster.js';

export interface CorpusSource {
  /** The index of the seed articles: their paragraphs, and the people to substitute. */
  seed: TariffIndex;
  subjects: readonly SubjectEntry[];
  vocabulary: CorpusVocabulary;
  seedNumber: number;
  rosterSize?: number;
}

export interface GeneratedArticle {
  fileName: string;
  text: string;
}

export interface CorpusGenerator {
  roster: readonly RosterPerson[];
  /** Article `i` depends only on the seed number and `i`: a smaller corpus is a prefix of a larger one. */
  article(i: number): GeneratedArticle;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_PATTERN =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2})\b/g;
const RATE_PATTERN = /\b\d+(?:\.\d+)?(?=(?: ?%| percent| per cent))/g;

interface Run {
  article: Article;
  from: number;
  to: number;
}

export function createCorpusGenerator(source: CorpusSource): CorpusGenerator {
  const { seed, vocabulary } = source;
  const roster = generateRoster(new Random(source.seedNumber), vocabulary, source.rosterSize ?? 300);
  const articles = seed.articles.filter((a) => a.paragraphs.length > 0);
  if (articles.length === 0)
    throw new Error('The seed index has no article with story paragraphs to recombine.');

  const people = peoplePattern(seed);
  const countries = alternation(
    vocabulary.countries.flatMap((c) => [c.name, c.adjective, c.capital]),
    'g',
  );
  const countryForms = new Map(
    vocabulary.countries.flatMap(
      (c) =>
        [
          [c.name, 'name'],
          [c.adjective, 'adjective'],
          [c.capital, 'capital'],
        ] as const,
    ),
  );
  const swappable = source.subjects.filter((s) => vocabulary.swapSubjects.includes(s.slug));
  const subjectOf = new Map(
    swappable.flatMap((s) => s.aliases.map((alias) => [alias.toLowerCase(), s] as const)),
  );
  const subjects = alternation([...subjectOf.keys()], 'gi');
  const [from, to] = [Date.parse(vocabulary.publishedRange.from), Date.parse(vocabulary.publishedRange.to)];

  return {
    roster,
    article(i) {
      const rng = new Random(source.seedNumber).fork(i + 1);
      const partner = rng.pick(vocabulary.countries);
      const cast = new Map<string, RosterPerson>();
      const goods = new Map<string, SubjectEntry>();
      const substitute = (text: string): string => {
        let out = people.regex
          ? text.replace(people.regex, (match) => {
              const form = people.forms.get(match)!;
              let person = cast.get(form.personId);
              if (!person) cast.set(form.personId, (person = rng.pick(roster)));
              if (form.kind === 'titled') return `${person.role} ${person.name}`;
              return form.kind === 'full' ? person.name : person.surname;
            })
          : text;
        if (countries)
          out = out.replace(countries, (match) => partner[countryForms.get(match) as keyof Country]);
        if (subjects) {
          out = out.replace(subjects, (match) => {
            const slug = subjectOf.get(match.toLowerCase())!.slug;
            let swapped = goods.get(slug);
            if (!swapped) goods.set(slug, (swapped = rng.pick(swappable)));
            const word = swapped.aliases[0] ?? swapped.label;
            return match[0] === match[0]!.toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
          });
        }
        out = out.replace(RATE_PATTERN, () => String(rng.pick(vocabulary.ratesPercent)));
        return out.replace(MONTH_PATTERN, () => `${rng.pick(MONTHS)} ${rng.int(1, 28)}`);
      };

      const runs = pickRuns(rng, articles);
      const published = new Date(from + Math.floor(rng.next() * ((to - from) / 86_400_000 + 1)) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const paragraphs = runs.flatMap((run) =>
        run.article.paragraphs.slice(run.from, run.to).map((p) => substitute(p.text)),
      );
      const base = runs[0]!.article;
      const title = substitute(base.title ?? base.paragraphs[0]!.text.split(/(?<=[.!?])\s/)[0]!).replace(
        /\s+/g,
        ' ',
      );
      const id = `${String(i).padStart(6, '0')}_${rng.int(0, 0xffffffff).toString(16).padStart(8, '0')}`;
      const front = [
        '---',
        `title: "${title}"`,
        `source: ${rng.pick(vocabulary.outlets)}`,
        `published: ${published}`,
        `url: https://news.example/${id}`,
        '---',
      ];
      return { fileName: `${id}.txt`, text: `${front.join('\n')}\n${paragraphs.join('\n\n')}\n` };
    },
  };
}

/** Writes articles 0 … size-1 into `dir` (created if missing). */
export function writeCorpus(generator: CorpusGenerator, dir: string, size: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const { fileName, text } = generator.article(i);
    writeFileSync(join(dir, fileName), text);
  }
}

/** Eight to sixteen paragraphs, taken as runs of consecutive paragraphs so pronouns keep their antecedents. */
function pickRuns(rng: Random, articles: readonly Article[]): Run[] {
  const runs: Run[] = [];
  const used = new Set<string>();
  let total = 0;
  const wanted = rng.int(8, 16);
  for (let attempt = 0; total < wanted; attempt++) {
    const article = rng.pick(articles);
    const length = Math.min(rng.int(2, 5), article.paragraphs.length, wanted - total);
    const start = rng.int(0, article.paragraphs.length - length);
    const keys = Array.from({ length }, (_, k) => `${article.id}#${start + k}`);
    // The same paragraph twice in one article reads as a glitch; after a few tries it is allowed,
    // so a tiny seed set still fills the article.
    if (attempt < 20 && keys.some((k) => used.has(k))) continue;
    for (const k of keys) used.add(k);
    runs.push({ article, from: start, to: start + length });
    total += length;
  }
  return runs;
}

interface PersonForm {
  personId: string;
  kind: 'titled' | 'full' | 'surname';
}

/** One pattern for every way the seed index names a person: "Treasury Secretary Scott Bessent", "Scott Bessent", "Bessent". */
function peoplePattern(seed: TariffIndex): { regex: RegExp | null; forms: Map<string, PersonForm> } {
  const forms = new Map<string, PersonForm>();
  for (const person of seed.people) {
    if (person.kind !== 'person') continue;
    const names = [person.name, ...person.aliases];
    for (const name of names) {
      const kind = name.includes(' ') ? 'full' : 'surname';
      if (!forms.has(name)) forms.set(name, { personId: person.id, kind });
      if (person.role && kind === 'full')
        forms.set(`${person.role} ${name}`, { personId: person.id, kind: 'titled' });
    }
  }
  return { regex: alternation([...forms.keys()], 'g'), forms };
}

/** A regex matching any of the phrases as whole words, longest first; null for no phrases. */
function alternation(phrases: readonly string[], flags: string): RegExp | null {
  if (phrases.length === 0) return null;
  const escaped = [...new Set(phrases)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, `${flags}u`);
}
