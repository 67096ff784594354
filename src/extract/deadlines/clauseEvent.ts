import type { Lexicon } from '../../lexicon/lexicon.js';
import {
  groupOfDate,
  segmentsOf,
  verbGroups,
  type DateTest,
  type Segment,
  type VerbGroup,
} from './clauses.js';
import type { SentenceNames } from './sentenceNames.js';
import { inheritedSubject, ownSubject, spans, type Subject } from './clauseSubject.js';
import { isVerb, type TaggedSentence, type Token } from './taggedSentence.js';

/** What a clause description is made from. */
export interface ClauseInput {
  tagged: TaggedSentence;
  isDate: DateTest;
  dateStart: number;
  /** The event lies after the publication date: "Akazawa to visit Washington". */
  ahead: boolean;
  names: SentenceNames;
  lexicon: Lexicon;
}

/** A headline-style clause: who does what, and whether it reports words rather than an event. */
export interface ClauseEvent {
  text: string;
  statement: boolean;
}

const lowerSet = (words: Iterable<string>) => new Set([...words].map((w) => w.toLowerCase()));
const FILLER_TAGS = ['Adverb', 'Preposition', 'Determiner', 'Conjunction'];
const BE = /^(?:is|are|was|were|be|been|being|am|’s|'s|’re|'re)$/u;

/**
 * Describes the clause a date belongs to in headline form: subject, verb, object, with the date
 * taken out ("Trump returned to the White House in January" → "Trump returns to the White
 * House"). A clause without a subject borrows one ("after meeting Bessent" → "Ishiba meets
 * Bessent"); pronouns become the person they stand for. `when` describes instead the clause
 * that follows the date ("by July, when the pause ends").
 */
export function describeClause(input: ClauseInput, when = false): ClauseEvent | null {
  const { tagged, isDate, lexicon } = input;
  const segments = segmentsOf(tagged.tokens, isDate, lexicon.dates);
  let k = segments.findIndex((s) => s.tokens.some(isDate));
  if (k === -1) return null;
  if (when) {
    const next = segments[k + 1];
    const lastDate = [...segments[k]!.tokens].reverse().find(isDate);
    if (next?.opener?.lower !== 'when' || segments[k]!.tokens.at(-1) !== lastDate) return null;
    return clauseText(input, segments, k + 1, Number.POSITIVE_INFINITY);
  }
  // A date alone in its clause: "Earlier this week, Trump suggested …" dates the next clause;
  // "who has visited Washington since April" and "to return before the end of the month" the one before.
  const own = segments[k]!.tokens.filter((t) => !isDate(t));
  if (own.every((t) => isFiller(input, t) || FILLER_TAGS.some((tag) => t.tags.has(tag)))) {
    if (segments[k]!.opener && k > 0) return clauseText(input, segments, k - 1, Number.POSITIVE_INFINITY);
    if (segments[k + 1]) k++;
  }
  return clauseText(input, segments, k, input.dateStart);
}

function clauseText(
  input: ClauseInput,
  segments: Segment[],
  k: number,
  dateStart: number,
): ClauseEvent | null {
  const { isDate, lexicon } = input;
  // Report verbs ("quoted Bessent as saying") have an object of their own: they read as any verb.
  const speech = lowerSet(lexicon.attribution.speechVerbs);
  let segment = segments[k]!;
  let groups = verbGroups(segment.tokens, isDate);
  const spoken = groups.filter((g) => speech.has(g.main.lower) && g.main.end <= dateStart).at(-1);
  if (spoken) {
    const between = segment.tokens.filter(
      (t) => t.start >= spoken.main.end && t.end <= dateStart && !isDate(t),
    );
    const later = groups.filter((g) => g.tokens[0]!.start > spoken.main.end);
    if (later.length === 0 || (between.length <= 3 && !between.some(isVerb)))
      return statement(input, segments, k, spoken, between);
    // "Akazawa said he’s aiming to visit …": the date belongs to what was said.
    const said = { opener: segment.opener, tokens: segment.tokens.filter((t) => t.end <= spoken.main.end) };
    segment = { opener: null, tokens: segment.tokens.filter((t) => t.start >= spoken.main.end) };
    segments = [...segments.slice(0, k), said, segment, ...segments.slice(k + 1)];
    k++;
    groups = later;
  }
  const group = groupOfDate(groups, dateStart);
  if (!group) return nounClause(input, segment);
  if (speech.has(group.main.lower)) return statement(input, segments, k, group, []);

  // The subject stands between the verb group before this one (if any) and this one.
  const previous = groups.filter((g) => g.main.end <= group.tokens[0]!.start).at(-1);
  const lead = segment.tokens.filter(
    (t) => t.end <= group.tokens[0]!.start && (!previous || t.start >= previous.main.end) && !isDate(t),
  );
  while (lead[0]?.tags.has('Adverb')) lead.shift();
  if (lead[0]?.tags.has('Preposition')) {
    // "At a ceremony to mark U.S. National Day …": the phrase names the event itself.
    if (group.tokens[0]!.lower === 'to') return nounClause(input, segment);
    lead.length = 0;
  }
  const subject =
    lead.length > 0 ? ownSubject(input, segments, k, lead) : inheritedSubject(input, segments, k);
  if (!subject) return null;
  const verb = verbText(input, group, subject, lead.length === 0, segment);
  const next = groups.find((g) => g.tokens[0]!.start >= group.main.end);
  const rest = segment.tokens.filter(
    (t) =>
      t.start >= group.main.end &&
      !group.tokens.includes(t) &&
      !isDate(t) &&
      (!next || t.end <= next.tokens[0]!.start),
  );
  dropDatePhraseHead(input, rest);
  let complement = spans(input, rest);
  const following = segments[k + 1];
  if (rest.every((t) => isFiller(input, t)) && following?.opener?.lower === 'that')
    complement = thatClause(input, segments, k + 1);
  return { text: `${subject.text} ${verb} ${complement}`, statement: false };
}

/** "Trump says he would impose …"; "Akazawa speaks on the sidelines of the Expo" when the words are elsewhere. */
function statement(
  input: ClauseInput,
  segments: Segment[],
  k: number,
  spoken: VerbGroup,
  between: Token[],
): ClauseEvent | null {
  const segment = segments[k]!;
  const lead = segment.tokens.filter((t) => t.end <= spoken.tokens[0]!.start && !input.isDate(t));
  const subject =
    lead.length > 0 ? ownSubject(input, segments, k, lead) : inheritedSubject(input, segments, k);
  if (!subject) return null;
  const after = segment.tokens.filter(
    (t) => t.start >= spoken.main.end && !between.includes(t) && !input.isDate(t),
  );
  let content = after;
  const following = segments[k + 1];
  let contentText = spans(input, content);
  if (!after.some(isVerb) && following && (following.opener?.lower === 'that' || !following.opener)) {
    content = following.opener ? following.tokens : [];
    contentText = following.opener ? thatClause(input, segments, k + 1) : '';
  }
  const forms = input.tagged.verbForms.get(spoken.main.start);
  const channel = spans(input, between);
  if (!content.some(isVerb)) {
    const verb = input.lexicon.dates.statementVerb;
    return {
      text: `${subject.text} ${subject.plural ? verb.replace(/s$/u, '') : verb} ${channel} ${spans(input, after)}`,
      statement: true,
    };
  }
  const says = forms ? (subject.plural ? forms.infinitive : forms.present) : spoken.main.text;
  const link = channel ? `${channel} that` : '';
  return { text: `${subject.text} ${says} ${link} ${contentText}`, statement: true };
}

/**
 * The words of a "that" clause, with the phrases that follow it before the next punctuation
 * ("that reaching an agreement | before the Aug. 1 deadline would be difficult").
 */
function thatClause(input: ClauseInput, segments: Segment[], k: number): string {
  const prepositions = input.lexicon.dates.prepositions;
  const tokens = [...segments[k]!.tokens];
  for (let j = k + 1; j < segments.length; j++) {
    const s = segments[j]!;
    if (!s.opener || !prepositions.includes(s.opener.lower)) break;
    tokens.push(s.opener, ...s.tokens);
  }
  return spans(input, tokens);
}

/**
 * "the end of March", "to the tip of March": the words before "of" belong to the date, not to
 * the event, and go with it.
 */
function dropDatePhraseHead(input: ClauseInput, rest: Token[]): void {
  const dateIndex = input.tagged.tokens.findIndex(input.isDate);
  const before = input.tagged.tokens[dateIndex - 1];
  if (before?.lower !== 'of' || !rest.includes(before)) return;
  const prepositions = input.lexicon.dates.prepositions;
  let i = rest.indexOf(before) - 1;
  while (i >= 0 && !prepositions.includes(rest[i]!.lower) && !isVerb(rest[i]!)) i--;
  if (i >= 0 && prepositions.includes(rest[i]!.lower)) rest.splice(i, rest.indexOf(before) - i + 1);
}

/** A clause without a verb of its own: "After a meeting with the country’s prime minister". */
function nounClause(input: ClauseInput, segment: Segment): ClauseEvent | null {
  const tokens = segment.tokens.filter((t) => !input.isDate(t));
  while (tokens[0] && (tokens[0].tags.has('Preposition') || tokens[0].tags.has('Determiner'))) tokens.shift();
  const first = tokens[0];
  let owner = '';
  // "his seventh visit": the visit of the person the passage is about.
  if (first && input.lexicon.dates.personPossessives.includes(first.lower)) {
    const person = input.names.pronoun(first.text, first.start);
    if (person) {
      owner = `${input.names.shortName(person)}’s `;
      tokens.shift();
    }
  }
  const text = owner + spans(input, tokens);
  return /\p{L}{3}/u.test(text) ? { text, statement: false } : null;
}

/** "earlier", "now": words that add nothing to a description. */
const isFiller = (input: ClauseInput, t: Token) =>
  t.tags.has('Adverb') || input.lexicon.dates.earlierWords.includes(t.lower);

/** The verb in headline form: "to visit" ahead, "meets" otherwise; negations and modals as written. */
function verbText(
  input: ClauseInput,
  group: VerbGroup,
  subject: Subject,
  borrowed: boolean,
  segment: Segment,
): string {
  const { main } = group;
  const written = group.tokens.map((t) => t.text).join(' ');
  const forms = input.tagged.verbForms.get(main.start);
  const future = group.tokens.some((t) => input.lexicon.dates.futureMarkers.includes(t.lower));
  if (group.tokens.some((t) => t.tags.has('Negative') || t.lower === 'not' || /n['’]t$/u.test(t.text)))
    return written;
  const bare = main.tags.has('Gerund') || main.tags.has('Infinitive');
  if (input.ahead && forms && (future || (bare && borrowed))) return `to ${forms.infinitive}`;
  const participle = main.tags.has('PastTense') || main.tags.has('Participle');
  const passive = participle && group.tokens.slice(0, -1).some((t) => BE.test(t.lower) || t.lower === 'been');
  if (passive) return `${subject.plural ? 'are' : 'is'} ${main.text}`;
  // "high tariffs imposed by Trump", ", suspended on July 24,": a participle, not a past tense.
  const reduced =
    group.tokens.length === 1 &&
    participle &&
    (segment.tokens[segment.tokens.indexOf(main) + 1]?.lower === 'by' ||
      (borrowed && !segment.opener && segment.tokens[0] === main));
  // "has visited Washington seven times": the perfect reads as written.
  const perfect = group.tokens.some((t) => /^(?:has|have|had)$/u.test(t.lower));
  if (reduced || future || perfect || !forms) return reduced ? main.text : written;
  if (forms.infinitive === 'be') return subject.plural ? 'are' : 'is';
  return subject.plural ? forms.infinitive : forms.present;
}
