import type { Person } from '../../index/schema.js';
import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import type { PersonCandidate } from './personCandidate.js';
import { surnameOf } from './surname.js';
import { slug } from './words.js';

interface Group {
  kind: Person['kind'];
  candidates: PersonCandidate[];
}

/**
 * One Person per entity key: the most used full name, the role the articles give most often, and
 * clean aliases (other spellings, the surname when no one else has it, titled forms as written,
 * "the <title>" and the lexicon's other names for a title when only this person holds it).
 */
export function buildPeople(candidates: PersonCandidate[], lex: AttributionLexicon): Person[] {
  const groups = new Map<string, Group>();
  for (const c of candidates) {
    if (!c.key) continue;
    const group = groups.get(c.key) ?? { kind: c.kind, candidates: [] };
    group.candidates.push(c);
    groups.set(c.key, group);
  }
  const drafts = [...groups.values()].map((g) => ({ group: g, name: canonicalName(g) }));
  const titleHolders = drafts.flatMap((d) => titlesOf(d.group).map((words) => ({ name: d.name, words })));
  const surnames = new Map<string, number>();
  for (const d of drafts)
    if (d.group.kind === 'person')
      surnames.set(surnameOf(d.name, lex), (surnames.get(surnameOf(d.name, lex)) ?? 0) + 1);

  const ids = new Set<string>();
  return drafts.map(({ group, name }) => {
    let id = slug(name) || 'unnamed';
    for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
    ids.add(id);
    const aliases = new AliasSet(name);
    for (const c of group.candidates) {
      if (!c.surnameOnly) aliases.add(c.name);
      for (const form of c.forms) aliases.add(form);
    }
    if (group.kind === 'person' && name.includes(' ') && surnames.get(surnameOf(name, lex)) === 1)
      aliases.add(surnameOf(name, lex));
    for (const words of titlesOf(group)) {
      const others = titleHolders.filter((t) => t.name !== name && endsWith(t.words, words));
      if (others.length > 0) continue;
      aliases.add(`the ${words.join(' ')}`);
      const entry = lex.titles.find((t) => t.words.join(' ') === words.join(' '));
      for (const alias of entry?.aliases ?? []) aliases.add(alias);
    }
    return {
      id,
      name,
      kind: group.kind,
      aliases: aliases.list(),
      role: roleOf(group),
      articleIds: [...new Set(group.candidates.map((c) => c.articleId))],
    };
  });
}

/** Case-insensitive, order-keeping set of aliases that leaves out the name itself. */
class AliasSet {
  private readonly seen = new Set<string>();
  private readonly items: string[] = [];
  constructor(name: string) {
    this.seen.add(name.toLowerCase());
  }
  add(alias: string) {
    const key = alias.toLowerCase();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(alias);
  }
  list(): string[] {
    return this.items;
  }
}

function canonicalName(group: Group): string {
  const counts = new Map<string, number>();
  const full = group.candidates.filter((c) => !c.surnameOnly);
  for (const c of full.length > 0 ? full : group.candidates)
    counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]),
  )[0]![0];
}

function titlesOf(group: Group): string[][] {
  const seen = new Map<string, string[]>();
  for (const c of group.candidates) if (c.title) seen.set(c.title.title.words.join(' '), c.title.title.words);
  return [...seen.values()];
}

function endsWith(words: string[], tail: string[]): boolean {
  return words.length >= tail.length && tail.every((w, i) => words[words.length - tail.length + i] === w);
}

/** The title head used most often, in its fullest written form; else the first appositive role. */
function roleOf(group: Group): string | null {
  const byHead = new Map<string, string[]>();
  for (const c of group.candidates) {
    if (!c.title) continue;
    const head = c.title.title.words.at(-1)!;
    byHead.set(head, [...(byHead.get(head) ?? []), c.title.display]);
  }
  const best = [...byHead.values()].sort((a, b) => b.length - a.length)[0];
  if (best) return best.reduce((a, b) => (b.length > a.length ? b : a));
  return group.candidates.find((c) => c.role)?.role ?? null;
}
