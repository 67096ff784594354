import { verbGroups, type Segment } from './clauses.js';
import type { ClauseInput } from './clauseEvent.js';
import { isVerb, type Token } from './taggedSentence.js';

const lowerSet = (words: Iterable<string>) => new Set([...words].map((w) => w.toLowerCase()));

/** Who a clause is about, as a description names them. */
export interface Subject {
  text: string;
  plural: boolean;
}

/** The subject a clause writes before its verb, with pronouns and "the two sides" resolved. */
export function ownSubject(
  input: ClauseInput,
  segments: Segment[],
  k: number,
  lead: Token[],
): Subject | null {
  const { names, lexicon } = input;
  const opener = segments[k]!.opener?.lower;
  if (lead.length === 1 && lead[0]!.tags.has('Pronoun')) {
    const person = names.pronoun(lead[0]!.text.replace(/['’]\p{L}+$/u, ''), lead[0]!.start);
    if (person) return { text: names.shortName(person), plural: false };
    const antecedent = relativeAntecedent(input, segments, k);
    return antecedent ?? null;
  }
  const text = spans(input, lead, true);
  const bare = (phrase: string) => phrase.toLowerCase().replace(/^the\s+/u, '');
  const pair = lexicon.dates.pairSubjects.find((p) => bare(p) === bare(text));
  if (pair) {
    const parties = names.pair();
    if (parties) return { text: parties, plural: true };
  }
  const plural = / and /u.test(text) || headOf(lead).tags.has('Plural');
  // "Hyundai and Kia, whose shares jumped": the shares are theirs.
  if (opener === 'whose') {
    const owner = antecedentOf(input, segments[k - 1]);
    if (owner) return { text: `${owner} ${text}`, plural };
  }
  return { text, plural };
}

/**
 * Who does a verb written without a subject: the noun a relative pronoun or a parenthesis
 * follows ("Bessent, who …, will attend"), the subject of the clause it hangs on ("Ishiba told
 * reporters after meeting …"), the person the sentence is about, or the next clause's subject
 * ("Talking to reporters …, Ishiba highlighted").
 */
export function inheritedSubject(input: ClauseInput, segments: Segment[], k: number): Subject | null {
  const relatives = lowerSet(input.lexicon.dates.relativePronouns);
  const breaks = lowerSet(input.lexicon.dates.clauseBreaks);
  if (relatives.has(segments[k]!.opener?.lower ?? '')) return relativeAntecedent(input, segments, k);
  // ", suspended on July 24, 2025,": a participle after a noun describes that noun.
  const first = segments[k]!.tokens[0]!;
  if (!segments[k]!.opener && isParticiple(first) && k > 0) return nounPhraseAtEnd(input, segments[k - 1]!);
  let crossed = false;
  let verbless: Segment | null = null;
  for (let j = k - 1; j >= 0; j--) {
    const s = segments[j]!;
    const groups = verbGroups(s.tokens, input.isDate);
    if (groups.length === 0 && !s.opener) {
      verbless = s;
      continue;
    }
    if (verbless) break;
    const parenthetical =
      relatives.has(s.opener?.lower ?? '') || isParticiple(s.tokens[0]!) || breaks.has(s.opener?.lower ?? '');
    if (parenthetical && s.opener?.lower !== 'that') {
      crossed = true;
      continue;
    }
    if (crossed) return nounPhraseAtEnd(input, s);
    const lead = s.tokens.filter((t) => t.end <= groups[0]!.tokens[0]!.start && !input.isDate(t));
    if (lead.length > 0 && !lead[0]!.tags.has('Preposition')) return ownSubject(input, segments, j, lead);
  }
  if (verbless) return nounPhraseAtEnd(input, verbless);
  const person = input.names.subjectBefore(segments[k]!.tokens[0]!.start);
  if (person) return { text: input.names.shortName(person), plural: false };
  for (let j = k + 1; j < segments.length; j++) {
    const groups = verbGroups(segments[j]!.tokens, input.isDate);
    if (groups.length === 0) continue;
    const lead = segments[j]!.tokens.filter((t) => t.end <= groups[0]!.tokens[0]!.start);
    if (lead.length > 0 && !lead[0]!.tags.has('Preposition')) return ownSubject(input, segments, j, lead);
  }
  return null;
}

const isParticiple = (t: Token) =>
  isVerb(t) && (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Gerund'));

/** The noun a relative clause ("who …", "which …") hangs on. */
export function relativeAntecedent(input: ClauseInput, segments: Segment[], k: number): Subject | null {
  for (let j = k; j > 0; j--) {
    const opener = segments[j]!.opener?.lower ?? '';
    if (!input.lexicon.dates.relativePronouns.includes(opener)) continue;
    return nounPhraseAtEnd(input, segments[j - 1]!);
  }
  return null;
}

function antecedentOf(input: ClauseInput, segment: Segment | undefined): string | null {
  return segment ? (nounPhraseAtEnd(input, segment)?.text ?? null) : null;
}

/** The noun phrase a clause ends with: "a relief for Hyundai and Kia" → "Hyundai and Kia". */
function nounPhraseAtEnd(input: ClauseInput, segment: Segment): Subject | null {
  const tokens: Token[] = [];
  for (let i = segment.tokens.length - 1; i >= 0; i--) {
    const t = segment.tokens[i]!;
    if (
      isVerb(t) ||
      t.tags.has('Preposition') ||
      input.lexicon.dates.prepositions.includes(t.lower) ||
      input.isDate(t)
    )
      break;
    tokens.unshift(t);
  }
  if (tokens.length === 0) return null;
  const text = spans(input, tokens, true);
  return { text, plural: / and /u.test(text) || headOf(tokens).tags.has('Plural') };
}

/** The noun a phrase is about: the last of its first run of nouns ("exports" in "US farm exports to Asia"). */
function headOf(phrase: Token[]): Token {
  const noun = (t: Token | undefined) => t !== undefined && t.tags.has('Noun') && !t.tags.has('Value');
  let i = phrase.findIndex((t) => noun(t));
  if (i === -1) return phrase[phrase.length - 1]!;
  while (noun(phrase[i + 1]) && !phrase[i]!.post.trim()) i++;
  return phrase[i]!;
}

/** The words of `tokens` as written, runs kept together, names shortened, a leading article dropped. */
export function spans(input: ClauseInput, tokens: Token[], subject = false): string {
  const parts: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) parts.push(input.names.text(run[0]!.start, run[run.length - 1]!.end));
    run = [];
  };
  tokens.forEach((t, i) => {
    const previous = tokens[i - 1];
    if (previous && input.tagged.tokens.indexOf(t) !== input.tagged.tokens.indexOf(previous) + 1) flush();
    run.push(t);
  });
  flush();
  let text = parts.join(' ').trim();
  if (subject) text = text.replace(/^(?:the|a|an|its|their)\s+/iu, '');
  return text;
}
