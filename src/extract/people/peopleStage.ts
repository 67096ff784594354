import type { Person } from '../../index/schema.js';
import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import { factStage } from '../../pipeline/factStage.js';
import type { ArticleDoc } from '../../articles/articleDoc.js';
import { appositiveExtractor } from './appositiveExtractor.js';
import { buildPeople } from './buildPeople.js';
import { paragraphMentions } from './mentionFinder.js';
import { organisationExtractor } from './organisationExtractor.js';
import type { PersonCandidate } from './personCandidate.js';
import { buildRegistry, registryOf, type PeopleRegistry } from './peopleRegistry.js';
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
    const lex = lexicon.attribution;
    const people = buildPeople(candidates, lex);
    const registry = buildRegistry(people, lex);
    draft.people.push(...withMentionedArticles(people, registry, draft.articles, lex));
    // Later stages find mentions with the registry of the final list: derived from this one, it
    // shares its compiled forms, so the paragraphs read here are not read again.
    registryOf(draft.people, lex, registry);
  },
});

function withMentionedArticles(
  people: Person[],
  registry: PeopleRegistry,
  articles: ArticleDoc[],
  lex: AttributionLexicon,
): Person[] {
  const mentioned = new Map(people.map((p) => [p.id, new Set(p.articleIds)]));
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const m of paragraphMentions(paragraph, article.id, registry, lex))
        if (m.personId) mentioned.get(m.personId)!.add(article.id);
    }
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return people.map((p) => ({
    ...p,
    articleIds: [...mentioned.get(p.id)!].sort((a, b) => order.get(a)! - order.get(b)!),
  }));
}
