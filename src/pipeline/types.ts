import type { ArticleDoc } from '../articles/articleDoc.js';
import type { Deadline, Paragraph, Person, Quote, Tariff, Warning } from '../index/schema.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/** Facts before the builder gives them ids. */
export type QuoteDraft = Omit<Quote, 'id'>;
export type TariffDraft = Omit<Tariff, 'id'>;
export type DeadlineDraft = Omit<Deadline, 'id'>;

/** Everything the pipeline knows so far; stages read it and add to it, in order. */
export interface Draft {
  articles: ArticleDoc[];
  people: Person[];
  quotes: QuoteDraft[];
  tariffs: TariffDraft[];
  deadlines: DeadlineDraft[];
  warnings: Warning[];
}

export interface PipelineContext {
  lexicon: Lexicon;
  /** Told after each article a stage has read: `done` of `total`, for a progress bar. */
  progress?: Progress;
}

/** What a long step reports as it goes: its name, and how many of how many it has done. */
export type Progress = (step: string, done: number, total: number) => void;

/** One step of the index builder. Stages run in the order `pipeline.ts` lists them. */
export interface Stage {
  readonly name: string;
  run(draft: Draft, ctx: PipelineContext): void;
}

/** What an extractor looks at: one paragraph, with its article and position. */
export interface ParagraphInput {
  article: ArticleDoc;
  paragraph: Paragraph;
  /** The paragraph's position in `article.paragraphs`. */
  index: number;
}

/** Finds one kind of thing in one paragraph: candidates, or an empty list to reject. */
export interface Extractor<C> {
  readonly name: string;
  extract(input: ParagraphInput, draft: Draft, ctx: PipelineContext): C[];
}

/** Fixes up all candidates of one kind at once: resolve, merge, drop. */
export interface Refiner<C> {
  readonly name: string;
  refine(candidates: C[], draft: Draft, ctx: PipelineContext): C[];
}
