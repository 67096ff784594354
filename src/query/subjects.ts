/** Tariff subjects as the query layer looks them up: the lexicon's subjects and any others the index holds. */
import type { TariffIndex } from '../index/schema.js';
import { createFuzzyMatcher, type FuzzyMatcher } from './fuzzyMatcher.js';
import type { SubjectEntry } from './queryLexicon.js';

export interface Subject extends SubjectEntry {
  tariffCount: number;
}

export interface SubjectDirectory {
  subjects: Subject[];
  bySlug: Map<string, Subject>;
  /** Subjects with at least one tariff in the index, most reported first. */
  withTariffs: Subject[];
  matcher: FuzzyMatcher<Subject>;
}

/**
 * Lexicon subjects first, then any subject slug found only in the index (labelled from the slug),
 * matched by slug, label and aliases: "cars", "automobiles", "aluminium".
 */
export function createSubjectDirectory(
  index: TariffIndex,
  vocabulary: readonly SubjectEntry[],
): SubjectDirectory {
  const counts = new Map<string, number>();
  for (const t of index.tariffs) counts.set(t.subject, (counts.get(t.subject) ?? 0) + 1);

  const subjects: Subject[] = vocabulary.map((s) => ({ ...s, tariffCount: counts.get(s.slug) ?? 0 }));
  const bySlug = new Map(subjects.map((s) => [s.slug, s]));
  for (const [slug, tariffCount] of counts) {
    if (bySlug.has(slug)) continue;
    const subject: Subject = { slug, label: slug.replace(/-/g, ' '), aliases: [], tariffCount };
    subjects.push(subject);
    bySlug.set(slug, subject);
  }
  const byReports = (a: Subject, b: Subject) =>
    b.tariffCount - a.tariffCount || a.label.localeCompare(b.label);
  const matcher = createFuzzyMatcher(
    subjects,
    (s) => [
      { key: 'label', values: [s.label, s.slug] },
      { key: 'aliases', values: s.aliases },
    ],
    byReports,
  );
  return {
    subjects,
    bySlug,
    withTariffs: subjects.filter((s) => s.tariffCount > 0).sort(byReports),
    matcher,
  };
}
