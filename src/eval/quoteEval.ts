import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { buildIndex } from '../index/buildIndex.js';
import { QuoteChannel, type Quote, type TariffIndex } from '../index/schema.js';
import type { EvalReport, Evaluation, Figure } from './evaluation.js';

/** A hand-labelled quote: its exact words, who said them, and who relayed them if not the speaker. */
const GoldQuote = z.object({
  article: z.string().min(1),
  text: z.string().min(1),
  speaker: z.string().min(1),
  reportedBy: z.string().nullable(),
  partial: z.boolean(),
  /** Only when the sentence says how the words were delivered. */
  channel: QuoteChannel.nullable(),
  note: z.string().optional(),
});
export type GoldQuote = z.infer<typeof GoldQuote>;

export const QuoteGold = z.object({
  about: z.string(),
  /** The articles labelled in full: every quote the index gives for them is judged. */
  articles: z.array(z.string().min(1)),
  /** Quote marks in these articles that hold no one's words; for readers, not scored apart. */
  notQuotes: z.array(z.object({ article: z.string(), text: z.string(), why: z.string() })).default([]),
  quotes: z.array(GoldQuote),
});
export type QuoteGold = z.infer<typeof QuoteGold>;

export const SEED_QUOTE_GOLD = { articles: 'data/articles', gold: 'test/fixtures/gold/quotes.seed.json' };
export const EXTRA_QUOTE_GOLD = {
  articles: 'test/fixtures/articles',
  gold: 'test/fixtures/gold/quotes.extra.json',
};
/** The bar: share of gold quotes found with the right speaker, and of index quotes that are right. */
export const QUOTE_BAR = 0.95;

export function loadQuoteGold(file: string): QuoteGold {
  const parsed = QuoteGold.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} does not match the quote gold format:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export interface QuoteScore {
  gold: number;
  /** Gold quotes the index has, with the right speaker. */
  foundRight: number;
  /** Index quotes in the labelled articles, and how many of them match a gold quote and speaker. */
  attributed: number;
  attributedRight: number;
  /** Of the matched quotes: partial flag, channel and relaying party as labelled. */
  partialRight: number;
  channelRight: number;
  reporterRight: number;
  matched: number;
  notes: string[];
}

/**
 * Scores an index against a gold file. A quote matches a gold quote in the same article with the
 * same words (white space folded, a trailing comma ignored); its speaker is right when the index's
 * speaker is the gold name or has it among its aliases.
 */
export function scoreQuotes(index: TariffIndex, gold: QuoteGold): QuoteScore {
  const people = new Map(index.people.map((p) => [p.id, p]));
  const names = (id: string | null) => {
    const p = id ? people.get(id) : undefined;
    return new Set(p ? [p.name, ...p.aliases].map(fold) : []);
  };
  const labelled = new Set(gold.articles);
  const quotes = index.quotes.filter((q) => labelled.has(q.articleId));
  const score: QuoteScore = {
    gold: gold.quotes.length,
    foundRight: 0,
    attributed: quotes.length,
    attributedRight: 0,
    partialRight: 0,
    channelRight: 0,
    reporterRight: 0,
    matched: 0,
    notes: [],
  };
  const used = new Set<Quote>();
  for (const g of gold.quotes) {
    const q = quotes.find((x) => !used.has(x) && x.articleId === g.article && fold(x.text) === fold(g.text));
    if (!q) {
      score.notes.push(`missed  ${g.article.slice(0, 3)} ${g.speaker}: “${clip(g.text)}”`);
      continue;
    }
    used.add(q);
    score.matched++;
    if (!names(q.speakerId).has(fold(g.speaker))) {
      score.notes.push(
        `speaker ${g.article.slice(0, 3)} ${q.speaker} (gold ${g.speaker}): “${clip(g.text)}”`,
      );
      continue;
    }
    score.foundRight++;
    score.attributedRight++;
    if (q.partial === g.partial) score.partialRight++;
    else
      score.notes.push(
        `partial ${g.article.slice(0, 3)} ${q.partial} (gold ${g.partial}): “${clip(g.text)}”`,
      );
    if (q.channel === g.channel) score.channelRight++;
    else
      score.notes.push(
        `channel ${g.article.slice(0, 3)} ${q.channel} (gold ${g.channel}): “${clip(g.text)}”`,
      );
    const reporterRight =
      g.reportedBy === null ? q.reportedById === null : names(q.reportedById).has(fold(g.reportedBy));
    if (reporterRight) score.reporterRight++;
    else
      score.notes.push(
        `relayed ${g.article.slice(0, 3)} ${q.reportedById} (gold ${g.reportedBy}): “${clip(g.text)}”`,
      );
  }
  for (const q of quotes)
    if (!used.has(q)) score.notes.push(`extra   ${q.articleId.slice(0, 3)} ${q.speaker}: “${clip(q.text)}”`);
  return score;
}

/** The figures of one corpus against its gold, labelled with the corpus name. */
export function quoteFigures(label: string, s: QuoteScore): Figure[] {
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return [
    {
      label: `${label}: gold quotes found with the right speaker (${s.foundRight}/${s.gold})`,
      value: rate(s.foundRight, s.gold),
      bar: QUOTE_BAR,
    },
    {
      label: `${label}: index quotes that are right (${s.attributedRight}/${s.attributed})`,
      value: rate(s.attributedRight, s.attributed),
      bar: QUOTE_BAR,
    },
    {
      label: `${label}: partial flag as labelled (${s.partialRight}/${s.foundRight})`,
      value: rate(s.partialRight, s.foundRight),
      bar: QUOTE_BAR,
    },
    {
      label: `${label}: relaying party as labelled (${s.reporterRight}/${s.foundRight})`,
      value: rate(s.reporterRight, s.foundRight),
      bar: QUOTE_BAR,
    },
    {
      label: `${label}: channel as labelled (${s.channelRight}/${s.foundRight})`,
      value: rate(s.channelRight, s.foundRight),
      bar: 0.9,
    },
  ];
}

/** `npm run eval`: quotes and speakers on the seed articles and on the extra fixture articles. */
export const quoteEvaluation: Evaluation = {
  name: 'Quotes and speakers',
  run(): EvalReport {
    const figures: Figure[] = [];
    const notes: string[] = [];
    for (const [label, corpus] of [
      ['seed', SEED_QUOTE_GOLD],
      ['extra', EXTRA_QUOTE_GOLD],
    ] as const) {
      const score = scoreQuotes(buildIndex({ inDir: corpus.articles }), loadQuoteGold(corpus.gold));
      figures.push(...quoteFigures(label, score));
      notes.push(...score.notes.map((n) => `${label}: ${n}`));
    }
    return { name: this.name, figures, notes };
  },
};

function fold(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/[\s,]+$/u, '')
    .trim()
    .toLowerCase();
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
