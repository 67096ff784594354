import type { Person } from '../../index/schema.js';
import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import { factStage } from '../../pipeline/factStage.js';
import type { ArticleDoc } from '../../articles/articleDoc.js';
import { appositiveExtractor } from './appositiveExtractor.js';
import { buildPeople } from './buildPeople.js';
import { findMentions } from './mentionFinder.js';
import { organisationExtractor } from './organisationExtractor.js';
import type { PersonCandidate } from './personCandidate.js';
import { buildRegistry } from './peopleRegistry.js';
import { personKeyRefiner } from './personKeyRefiner.js';
import { titledNameExtractor } from './titledNameExtractor.js';

/**
 * People and organisations: learned from titles, appositives and organisation words, merged
 * across articles, then every article that mentions them (by any form) is listed.
 */
export const peopleStage = factStage<PersonCandidate>({
  name: 'people',
  extractors: [titledNameExtractor, appositiveExtractor, organisationExtractor],
  refiners: [personKeyRefiner],
  commit(candidates, draft, { lexicon }) {
    const people = buildPeople(candidates, lexicon.attribution);
    draft.people.push(...withMentionedArticles(people, draft.articles, lexicon.attribution));
  },
});

function withMentionedArticles(people: Person[], articles: ArticleDoc[], lex: AttributionLexicon): Person[] {
  const registry = buildRegistry(people, lex);
  const mentioned = new Map(people.map((p) => [p.id, new Set(p.articleIds)]));
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const m of findMentions(paragraph.text, article.id, registry, lex))
        if (m.personId) mentioned.get(m.personId)!.add(article.id);
    }
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return people.map((p) => ({
    ...p,
    articleIds: [...mentioned.get(p.id)!].sort((a, b) => order.get(a)! - order.get(b)!),
  }));
}
