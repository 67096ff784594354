import type { ArticleDoc } from '../articles/articleDoc.js';
import type { Draft, Extractor, PipelineContext, Refiner, Stage } from './types.js';

/**
 * A stage built the chrono-node way: every extractor runs over every paragraph of every article,
 * then the refiners run over all candidates in order, then `commit` stores the survivors.
 */
export function factStage<C>(spec: {
  name: string;
  extractors: Extractor<C>[];
  refiners: Refiner<C>[];
  commit: (candidates: C[], draft: Draft, ctx: PipelineContext) => void;
  /** Told when every extractor has read an article, before the next one is read. */
  afterArticle?: (article: ArticleDoc) => void;
}): Stage {
  return {
    name: spec.name,
    run(draft: Draft, ctx: PipelineContext) {
      let candidates: C[] = [];
      for (const [n, article] of draft.articles.entries()) {
        for (const [index, paragraph] of article.paragraphs.entries()) {
          for (const extractor of spec.extractors) {
            candidates.push(...extractor.extract({ article, paragraph, index }, draft, ctx));
          }
        }
        spec.afterArticle?.(article);
        ctx.progress?.(spec.name, n + 1, draft.articles.length);
      }
      for (const refiner of spec.refiners) candidates = refiner.refine(candidates, draft, ctx);
      spec.commit(candidates, draft, ctx);
    },
  };
}
