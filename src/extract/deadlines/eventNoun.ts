import type { ClauseInput } from './clauseEvent.js';
import { insideNounPhrase } from './clauses.js';
import { isVerb, type Token } from './taggedSentence.js';

const BE = /^(?:is|are|was|were|be|been)$/u;
const MODIFIER_TAGS = ['Noun', 'Adjective', 'Value', 'ProperNoun', 'Determiner'];
const PP_STARTS = new Set(['for', 'on', 'of', 'to', 'with', 'between']);
const PUNCTUATED = /[,;:()—–]/u;

/**
 * The event a date is written next to, as a noun phrase: "Sunday’s House of Councillors
 * election", "the Aug. 1 deadline for higher levies", "Japan’s upper house election on Sunday",
 * "during his last visit in June" (→ "Akazawa’s last visit"). Null when the noun is the object
 * of a verb ("attend his country’s event on Saturday"): the clause says more.
 */
export function describeEventNoun(input: ClauseInput): string | null {
  const { tokens } = input.tagged;
  const dates = tokens.map((t, i) => (input.isDate(t) ? i : -1)).filter((i) => i >= 0);
  if (dates.length === 0) return null;
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const events = new Set(input.lexicon.dates.eventNouns.map((w) => w.toLowerCase()));
  const isEvent = (t: Token | undefined) => t !== undefined && events.has(t.lower);
  const dateToken = tokens[last]!;

  if (/['’]s$/u.test(dateToken.text)) {
    const phrase: Token[] = [];
    for (let j = last + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if ((isVerb(t) && !insideNounPhrase(tokens, j)) || (t.tags.has('Preposition') && t.lower !== 'of'))
        break;
      phrase.push(t);
      if (PUNCTUATED.test(t.post)) break;
    }
    const end = phrase.map((t) => isEvent(t)).lastIndexOf(true);
    return end >= 0 ? render(input, phrase.slice(0, end + 1)) : null;
  }
  if (isEvent(tokens[last + 1]) && !PUNCTUATED.test(dateToken.post)) {
    return render(input, [tokens[last + 1]!, ...phraseAfter(tokens, last + 2)]);
  }
  // "his last visit in June": a preposition may stand between the noun and its date.
  const gap = tokens[first - 1]?.tags.has('Preposition') && isEvent(tokens[first - 2]) ? 1 : 0;
  const head = tokens[first - 1 - gap];
  if (!isEvent(head) || PUNCTUATED.test(head!.post)) return null;
  let start = first - 1 - gap;
  while (start > 0) {
    const t = tokens[start - 1]!;
    if (isVerb(t) || PUNCTUATED.test(t.post) || !MODIFIER_TAGS.some((tag) => t.tags.has(tag))) break;
    start--;
  }
  const before = tokens[start - 1];
  const eventPrepositions = input.lexicon.dates.eventPrepositions.map((w) => w.toLowerCase());
  const opens =
    !before ||
    PUNCTUATED.test(before.post) ||
    BE.test(before.lower) ||
    eventPrepositions.includes(before.lower) ||
    input.lexicon.dates.clauseBreaks.includes(before.lower);
  if (!opens) return null;
  const after = PUNCTUATED.test(dateToken.post) ? [] : phraseAfter(tokens, last + 1);
  return render(input, [...tokens.slice(start, first - gap), ...after]);
}

/** "for higher levies" after an event noun, up to the next verb or clause. */
function phraseAfter(tokens: Token[], from: number): Token[] {
  const start = tokens[from];
  if (!start || !PP_STARTS.has(start.lower)) return [];
  const phrase: Token[] = [];
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    if ((isVerb(t) && !insideNounPhrase(tokens, j)) || (t.tags.has('Adverb') && next && isVerb(next))) break;
    phrase.push(t);
    if (PUNCTUATED.test(t.post)) break;
  }
  return phrase;
}

function render(input: ClauseInput, phrase: Token[]): string | null {
  if (phrase.length === 0) return null;
  const words = phrase.filter((t) => !input.isDate(t));
  while (words[0]?.tags.has('Determiner')) words.shift();
  if (words.length === 0) return null;
  const lead = words[0]!;
  let prefix = '';
  let from = lead.start;
  // "his last visit": the visit of the person the passage is about.
  if (input.lexicon.dates.personPossessives.includes(lead.lower)) {
    const person = input.names.pronoun(lead.text, lead.start);
    if (person) {
      prefix = `${input.names.shortName(person)}’s `;
      from = words[1]?.start ?? lead.end;
    }
  }
  const parts: string[] = [];
  let runStart = from;
  words.forEach((t, i) => {
    const next = words[i + 1];
    const adjacent = next && input.tagged.tokens.indexOf(next) === input.tagged.tokens.indexOf(t) + 1;
    if (!adjacent) {
      if (t.end > runStart) parts.push(input.names.text(runStart, t.end));
      if (next) runStart = next.start;
    }
  });
  return prefix + parts.join(' ');
}
