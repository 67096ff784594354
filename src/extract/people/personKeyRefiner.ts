import type { Refiner } from '../../pipeline/types.js';
import type { PersonCandidate } from './personCandidate.js';
import { surnameOf } from './surname.js';

/**
 * Decides which entity each candidate belongs to. Full names merge across articles on first and
 * last word ("Howard W. Lutnick" is "Howard Lutnick"); a surname joins the full name with that last
 * word in the same article, else the only one in the corpus; a titled surname with no full name
 * anywhere stands for itself ("President Trump"); organisations merge on their name.
 */
export const personKeyRefiner: Refiner<PersonCandidate> = {
  name: 'person-key',
  refine(candidates, _draft, { lexicon }) {
    const fullKeys = new Map<string, Set<string>>();
    const bySurname = new Map<string, Set<string>>();
    for (const c of candidates) {
      if (c.kind !== 'person' || c.surnameOnly) continue;
      const words = c.name.split(/\s+/);
      c.key = `person:${words[0]!.toLowerCase()} ${words[words.length - 1]!.toLowerCase()}`;
      const surname = surnameOf(c.name, lexicon.attribution).toLowerCase();
      if (!bySurname.has(surname)) bySurname.set(surname, new Set());
      bySurname.get(surname)!.add(c.key);
      if (!fullKeys.has(c.key)) fullKeys.set(c.key, new Set());
      fullKeys.get(c.key)!.add(c.articleId);
    }
    const kept: PersonCandidate[] = [];
    for (const c of candidates) {
      if (c.kind === 'organisation') {
        c.key = `organisation:${c.name.toLowerCase()}`;
      } else if (c.surnameOnly) {
        const keys = [...(bySurname.get(c.name.toLowerCase()) ?? [])];
        const local = keys.filter((k) => fullKeys.get(k)?.has(c.articleId));
        if (local.length === 1) c.key = local[0]!;
        else if (local.length === 0 && keys.length === 1) c.key = keys[0]!;
        else if (keys.length === 0 && c.title) c.key = `person:${c.name.toLowerCase()}`;
        else continue;
      }
      kept.push(c);
    }
    return kept;
  },
};
