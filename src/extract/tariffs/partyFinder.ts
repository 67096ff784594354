import type { PhraseMatch } from './phraseMatcher.js';
import { sameClause } from './subjectFinder.js';

export interface Parties {
  imposedBy: string | null;
  imposedOn: string | null;
}

/** Text right before a party that makes it the target: "on Japan", "on goods from Japan". */
const TARGET_BEFORE =
  /\b(on|against|from|for)\s+(the\s+)?((goods|imports|products|exports)\s+from\s+(the\s+)?)?$/iu;
/** Text right after a party that makes it the target: "Japan's exports", "Japan, which faces". */
const TARGET_AFTER =
  /^(['’]s\s+(exports|goods|products|shipments)|\s+(goods|products|exports|imports|shipments)\b|,?\s+(which|that)\s+(faces|face|would face|will face|is facing)|\s+(faces|face|would face|will face|is facing|are facing)\b|\s+(was|were|is|has been|have been)\s+hit\s+with\b)/iu;
/** Text right after a party that makes it the one imposing: "Trump imposed", "the US has already imposed". */
const IMPOSER_AFTER =
  /^\s+(has\s+|have\s+|had\s+|will\s+|would\s+|could\s+)?(already\s+|also\s+)?(imposed|imposes|impose|implemented|slapped|levied|announced|threatened|plans|raised|hiked)\b/iu;
/** A possessive right before the tariff words: "Trump's 25% tariffs", "Trump's “reciprocal” tariff". */
const POSSESSIVE_AFTER = /^['’]s\s/u;
/** "implemented by Trump", "imposed by the United States". */
const IMPOSER_BEFORE =
  /\b(imposed|implemented|levied|announced|threatened|set)\s+by\s+(the\s+)?(U\.?S\.?\s+)?(President\s+)?$/iu;
/** "U.S.-bound" is a destination, not a party acting. */
const NOT_A_PARTY = /^-bound\b/iu;

/**
 * Who imposes a tariff and on whom, when the sentence says so; each role goes to the nearest
 * party whose wording gives it that role.
 */
export function findParties(
  text: string,
  rate: { start: number; end: number },
  parties: PhraseMatch<string>[],
  subjectStarts: Set<number>,
): Parties {
  let by: PhraseMatch<string> | null = null;
  let on: PhraseMatch<string> | null = null;
  const distance = (p: PhraseMatch<string>) => Math.abs(p.start - rate.start);
  for (const p of parties) {
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    const after = text.slice(p.end, p.end + 40);
    if (NOT_A_PARTY.test(after)) continue;
    // "Japan, which faces a 24% rate": the clause break is part of the wording that names the target.
    const targetTail = TARGET_AFTER.exec(after)?.[0].length ?? 0;
    if (!sameClause(text, { start: p.start, end: p.end + targetTail }, rate)) continue;
    const demonymBeforeSubject =
      /^\s+$/u.test(text.slice(p.end, p.end + 1)) && subjectStarts.has(p.end + 1) && p.start > rate.end;
    const possessive = POSSESSIVE_AFTER.test(after) && !TARGET_AFTER.test(after);
    if (TARGET_BEFORE.test(before) || TARGET_AFTER.test(after) || demonymBeforeSubject) {
      if (!on || distance(p) < distance(on)) on = p;
    } else if (IMPOSER_AFTER.test(after) || IMPOSER_BEFORE.test(before) || possessive) {
      if (!by || distance(p) < distance(by)) by = p;
    }
  }
  const imposedOn = on?.value ?? null;
  const imposedBy = by?.value ?? null;
  return { imposedBy, imposedOn: imposedOn === imposedBy ? null : imposedOn };
}
