import type { Person } from '../../index/schema.js';
import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import { buildFormIndex, type FormIndex } from './formIndex.js';
import { surnameOf } from './surname.js';
import { titleAtEnd } from './titles.js';

export interface HeldTitle {
  words: string[];
  /** As written, with qualifiers: "U.S. President". */
  display: string;
}

/** What the mention finder matches: every written form of every known entity, compiled once. */
export interface PeopleRegistry {
  people: Map<string, Person>;
  /** Each entity's article ids, for asking whether an article names it. */
  articles: Map<string, Set<string>>;
  /** Literal forms (names, surnames, titled names, variants) to the ids they may mean. */
  forms: Map<string, string[]>;
  /** Every literal form, grouped for a scan that does not grow with the roster. */
  formIndex: FormIndex;
  /** The titles each person holds, read from their titled aliases and role. */
  titles: Map<string, HeldTitle[]>;
  /**
   * By every tail of a held title ("secretary", "treasury secretary", keyed by `titleKey`): who
   * holds a title ending so, in roster order, with those titles.
   */
  titleHolders: Map<string, Map<string, HeldTitle[]>>;
}

/** The key of a title's words in `titleHolders`. */
export const titleKey = (words: readonly string[]) => words.join('\n');

/** Builds the registry of the people the index knows, for finding them in text. */
export function buildRegistry(people: Person[], lex: AttributionLexicon): PeopleRegistry {
  const forms = new Map<string, string[]>();
  const add = (form: string, id: string) => {
    const ids = forms.get(form) ?? [];
    if (!ids.includes(id)) forms.set(form, [...ids, id]);
  };
  const titles = new Map<string, HeldTitle[]>();
  for (const p of people) {
    add(p.name, p.id);
    const surname = surnameOf(p.name, lex);
    if (p.kind === 'person') add(surname, p.id);
    const held: HeldTitle[] = [];
    for (const alias of p.aliases) {
      if (/^the\s+\p{Ll}/u.test(alias) || /^\p{Lu}\p{L}* chief$/u.test(alias)) continue;
      add(alias.replace(/^the\s+/iu, ''), p.id);
      for (const tail of [p.name, surname]) {
        if (!alias.endsWith(` ${tail}`) || p.kind !== 'person') continue;
        const display = alias.slice(0, -tail.length - 1);
        const title = titleAtEnd(display, lex);
        if (title) held.push({ words: title.words, display });
        break;
      }
    }
    const roleTitle = p.role ? titleAtEnd(p.role, lex) : null;
    if (p.role && roleTitle) held.push({ words: roleTitle.words, display: p.role });
    titles.set(p.id, held);
  }
  for (const { variant, canonical } of lex.nameVariants) {
    for (const id of forms.get(canonical) ?? []) add(variant, id);
  }
  const titleHolders = new Map<string, Map<string, HeldTitle[]>>();
  for (const [id, held] of titles) {
    for (const h of held) {
      for (let k = 1; k <= h.words.length; k++) {
        const key = titleKey(h.words.slice(-k));
        let holders = titleHolders.get(key);
        if (!holders) titleHolders.set(key, (holders = new Map()));
        holders.set(id, [...(holders.get(id) ?? []), h]);
      }
    }
  }
  return {
    people: new Map(people.map((p) => [p.id, p])),
    articles: new Map(people.map((p) => [p.id, new Set(p.articleIds)])),
    forms,
    formIndex: buildFormIndex(forms.keys()),
    titles,
    titleHolders,
  };
}

/**
 * The registry for `people` when they are the registry's entities in the same order, differing
 * only in article ids: the compiled forms and titles are shared, not built again. Otherwise a
 * registry built anew.
 */
export function withArticleIds(
  registry: PeopleRegistry,
  people: Person[],
  lex: AttributionLexicon,
): PeopleRegistry {
  if (!sameEntities([...registry.people.values()], people)) return buildRegistry(people, lex);
  return {
    ...registry,
    people: new Map(people.map((p) => [p.id, p])),
    articles: new Map(people.map((p) => [p.id, new Set(p.articleIds)])),
  };
}

function sameEntities(a: Person[], b: Person[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      return (
        p.id === q.id &&
        p.name === q.name &&
        p.kind === q.kind &&
        p.role === q.role &&
        p.aliases.length === q.aliases.length &&
        p.aliases.every((alias, j) => alias === q.aliases[j])
      );
    })
  );
}

const registries = new WeakMap<Person[], { lex: AttributionLexicon; registry: PeopleRegistry }>();

/**
 * The registry of a people list, built once per list. With `from`, a registry of the same
 * entities made earlier, it is derived from that one (`withArticleIds`).
 */
export function registryOf(people: Person[], lex: AttributionLexicon, from?: PeopleRegistry): PeopleRegistry {
  const hit = registries.get(people);
  if (hit && hit.lex === lex) return hit.registry;
  const registry = from ? withArticleIds(from, people, lex) : buildRegistry(people, lex);
  registries.set(people, { lex, registry });
  return registry;
}
