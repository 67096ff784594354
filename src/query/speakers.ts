/** The people and organisations of the index as the query layer looks them up. */
import type { Person, TariffIndex } from '../index/schema.js';
import { createFuzzyMatcher, type FuzzyMatcher } from './fuzzyMatcher.js';
import { fold } from './text.js';

export interface Speaker {
  id: string;
  name: string;
  kind: Person['kind'];
  role: string | null;
  aliases: string[];
  articleIds: string[];
  quoteCount: number;
}

export interface SpeakerDirectory {
  speakers: Speaker[];
  byId: Map<string, Speaker>;
  matcher: FuzzyMatcher<Speaker>;
}

/**
 * Everyone the index knows, plus any quote speaker missing from `people` (so a quote is never
 * unreachable), matched by name, alias and role: "besent", "Ishiba", "prime minister".
 */
export function createSpeakerDirectory(index: TariffIndex): SpeakerDirectory {
  // The same words reported by several articles count once, as /quote shows them once.
  // Most quotes are repeated by several articles, so each distinct text is folded once.
  const folded = new Map<string, string>();
  const distinct = new Map<string, Set<string>>();
  for (const q of index.quotes) {
    let key = folded.get(q.text);
    if (key === undefined) folded.set(q.text, (key = fold(q.text)));
    distinct.set(q.speakerId, (distinct.get(q.speakerId) ?? new Set()).add(key));
  }
  const quoteCounts = new Map([...distinct].map(([id, texts]) => [id, texts.size]));

  const speakers: Speaker[] = index.people.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    role: p.role,
    aliases: p.aliases,
    // A copy: the quotes' articles are added below, and the index itself stays as loaded.
    articleIds: [...p.articleIds],
    quoteCount: quoteCounts.get(p.id) ?? 0,
  }));
  const byId = new Map(speakers.map((s) => [s.id, s]));
  for (const q of index.quotes) {
    const known = byId.get(q.speakerId);
    if (known) continue;
    const speaker: Speaker = {
      id: q.speakerId,
      name: q.speaker,
      kind: 'person',
      role: null,
      aliases: [],
      articleIds: [],
      quoteCount: quoteCounts.get(q.speakerId) ?? 0,
    };
    speakers.push(speaker);
    byId.set(speaker.id, speaker);
  }
  // A Set per speaker: checking each quote's article against a growing list was quadratic.
  const articleSets = new Map(speakers.map((s) => [s.id, new Set(s.articleIds)]));
  for (const q of index.quotes) {
    const seen = articleSets.get(q.speakerId)!;
    if (seen.has(q.articleId)) continue;
    seen.add(q.articleId);
    byId.get(q.speakerId)!.articleIds.push(q.articleId);
  }

  const matcher = createFuzzyMatcher(
    speakers,
    (s) => [
      { key: 'name', values: [s.name] },
      { key: 'aliases', values: s.aliases },
      { key: 'role', values: s.role ? [s.role] : [], secondary: true },
    ],
    (a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name),
  );
  return { speakers, byId, matcher };
}
