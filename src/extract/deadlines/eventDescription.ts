import type { TariffDraft } from '../../pipeline/types.js';
import { describeClause, type ClauseInput } from './clauseEvent.js';
import type { DateMention } from './dateFinder.js';
import { cleanDescription } from './descriptionText.js';
import { describeEventNoun } from './eventNoun.js';
import { SentenceNames, type SentenceContext } from './sentenceNames.js';
import { isDictionaryWord, tagSentence, type Token } from './taggedSentence.js';

/** What a description needs to know about the sentence around a date. */
export interface EventContext {
  sentence: SentenceContext;
  mention: DateMention;
  /** Tariff facts stated in the same sentence. */
  tariffs: TariffDraft[];
  /** Tariff subject ids to their labels. */
  labels: Map<string, string>;
}

/** "reciprocal tariffs on Japan rise to 25% from 10%", for a rate the sentence dates. */
function tariffEvent(t: TariffDraft, labels: Map<string, string>): string {
  const subject = (labels.get(t.subject) ?? t.subject).replace(/\s*\(.*\)$/u, '').toLowerCase();
  const on = t.imposedOn ? ` on ${t.imposedOn}` : '';
  const change =
    t.previousRatePercent === null
      ? `take effect at ${t.ratePercent}%`
      : `${t.ratePercent! < t.previousRatePercent ? 'fall' : 'rise'} to ${t.ratePercent}% from ${t.previousRatePercent}%`;
  return `${subject} tariffs${on} ${change}`;
}

/**
 * A short phrase saying what happens on a date, from the most specific wording available: a
 * dated tariff change in the same sentence; the clause after "when" ("by July, when the pause
 * ends"); an event noun next to the date ("Sunday’s election", "the Aug. 1 deadline for higher
 * levies"); otherwise the clause that holds the date, as a headline with its subject named
 * ("he’s aiming to visit Washington next week" → "Akazawa to visit Washington").
 */
export function describeEvent(ctx: EventContext): string {
  const { mention } = ctx;
  const { lexicon } = ctx.sentence;
  const { text } = ctx.sentence.sentence;
  const dated = ctx.tariffs.find((t) => t.effective === mention.date && t.ratePercent !== null);
  if (dated) return tariffEvent(dated, ctx.labels);

  const tagged = tagSentence(text, lexicon.dates.wordTags);
  const input: ClauseInput = {
    tagged,
    isDate: (t) => t.start < mention.end && t.end > mention.start,
    dateStart: mention.start,
    ahead: mention.relation === 'ahead',
    names: new SentenceNames(ctx.sentence),
    lexicon,
  };
  const candidates = [
    () => describeClause(input, true)?.text,
    () => describeEventNoun(input),
    () => describeClause(input)?.text,
    () => text.slice(0, mention.start) + text.slice(mention.end),
  ];
  for (const candidate of candidates) {
    const raw = candidate();
    if (!raw) continue;
    const description = cleanDescription(raw, lexicon);
    if (/\p{L}{3}/u.test(description)) return sentenceCase(description, tagged.tokens, input.names);
  }
  return mention.phrase;
}

/** "The meeting" at the start of a sentence is "meeting" in a description; names keep their capital. */
function sentenceCase(description: string, tokens: Token[], names: SentenceNames): string {
  const word = /^\p{Lu}\p{Ll}+/u.exec(description)?.[0];
  if (!word) return description;
  const index = tokens.findIndex((t) => t.text === word);
  const token = tokens[index];
  if (!token) return description;
  const initial = index === 0 || /[—–-]/u.test(token.pre + (tokens[index - 1]?.post ?? ''));
  const named = names.mentions.some((m) => m.start <= token.start && token.start < m.end);
  const common = isDictionaryWord(word) || token.tags.has('Plural');
  if (!initial || named || !common || token.tags.has('ProperNoun') || token.tags.has('Acronym'))
    return description;
  return description[0]!.toLowerCase() + description.slice(1);
}
