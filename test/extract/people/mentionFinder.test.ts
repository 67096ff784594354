import { describe, expect, it } from 'vitest';
import { findMentions, paragraphMentions } from '../../../src/extract/people/mentionFinder.js';
import { buildRegistry, withArticleIds } from '../../../src/extract/people/peopleRegistry.js';
import type { Person } from '../../../src/index/schema.js';
import { lexicon } from '../quotes/runStages.js';

const person = (
  id: string,
  name: string,
  aliases: string[],
  role: string | null,
  articleIds: string[],
  kind: Person['kind'] = 'person',
): Person => ({ id, name, kind, aliases, role, articleIds });

const PEOPLE = [
  person('donald-trump', 'Donald Trump', ['U.S. President Donald Trump', 'Trump'], 'U.S. President', ['a1']),
  person(
    'lee-jae-myung',
    'Lee Jae-myung',
    ['South Korean President Lee Jae-myung', 'Lee'],
    'South Korean President',
    ['a2'],
  ),
  person('scott-bessent', 'Scott Bessent', ['Bessent'], 'Treasury Secretary', ['a1']),
  person('ken-sato', 'Ken Sato', [], 'analyst', ['a1']),
  person('yuki-sato', 'Yuki Sato', [], 'analyst', ['a2']),
  person('treasury', 'Treasury', [], null, ['a1'], 'organisation'),
  person('white-house', 'White House', [], null, ['a1'], 'organisation'),
];
const registry = buildRegistry(PEOPLE, lexicon.attribution);
const found = (text: string, articleId = 'a1') =>
  findMentions(text, articleId, registry, lexicon.attribution).map((m) => [
    text.slice(m.start, m.end),
    m.personId ?? m.pronoun,
    m.possessive,
  ]);

describe('findMentions', () => {
  it.each<[string, string, string, (string | boolean | null)[][]]>([
    [
      'full name and surname',
      'Scott Bessent met Trump.',
      'a1',
      [
        ['Scott Bessent', 'scott-bessent', false],
        ['Trump', 'donald-trump', false],
      ],
    ],
    ['possessive', 'Trump’s tariffs and the allies’ treaty', 'a1', [['Trump', 'donald-trump', true]]],
    [
      'title reference with a country that fits',
      'The US president spoke.',
      'a1',
      [['The US president', 'donald-trump', false]],
    ],
    [
      'title reference, local person preferred',
      'the president spoke.',
      'a2',
      [['the president', 'lee-jae-myung', false]],
    ],
    [
      'pronouns',
      'He said it would.',
      'a1',
      [
        ['He', 'person', false],
        ['it', 'organisation', false],
      ],
    ],
    [
      'a document standing for its author',
      'The statement said so.',
      'a1',
      [['The statement', 'organisation', false]],
    ],
    [
      'a paraphrased name from the lexicon',
      'the White Home said',
      'a1',
      [['White Home', 'white-house', false]],
    ],
    [
      'a shared surname resolves to the one in the article',
      'Sato said.',
      'a2',
      [['Sato', 'yuki-sato', false]],
    ],
    // Negative cases.
    ['a title reference with a country that does not fit', 'The Chinese president spoke.', 'a1', []],
    [
      'a title followed by a name is no bare reference',
      'the president Trump',
      'a1',
      [['Trump', 'donald-trump', false]],
    ],
    ['a department inside a title', 'US Treasury secretary spoke', 'a1', []],
    ['a shared surname in an article that names neither', 'Sato said.', 'a3', [['Sato', null, false]]],
    ['part of a longer word', 'Trumpism and Bessentian ideas', 'a1', []],
  ])('%s', (_name, text, articleId, expected) => {
    expect(found(text, articleId)).toEqual(expected);
  });
});

describe('paragraphMentions with a registry derived for new article ids', () => {
  const paragraph = (text: string) => ({ text, start: 0, end: text.length, sentences: [] });
  // The same people, now also named in a3: Ken Sato there, Yuki Sato nowhere new.
  const later = PEOPLE.map((p) => (p.id === 'ken-sato' ? { ...p, articleIds: [...p.articleIds, 'a3'] } : p));
  const derived = withArticleIds(registry, later, lexicon.attribution);
  const ids = (text: string, articleId: string, from = registry) =>
    paragraphMentions(paragraph(text), articleId, from, lexicon.attribution).map((m) => m.personId);

  it('shares the compiled forms of the registry it comes from', () => {
    expect(derived.forms).toBe(registry.forms);
    expect(derived.formIndex).toBe(registry.formIndex);
  });

  it.each<[string, string, string, (string | null)[], (string | null)[]]>([
    ['a shared surname the new ids settle', 'Sato said.', 'a3', [null], ['ken-sato']],
    ['a shared surname both settle alike', 'Sato said.', 'a2', ['yuki-sato'], ['yuki-sato']],
    ['an unshared name', 'Trump and he', 'a3', ['donald-trump', null], ['donald-trump', null]],
  ])('%s', (_name, text, articleId, before, after) => {
    const p = paragraph(text);
    expect(paragraphMentions(p, articleId, registry, lexicon.attribution).map((m) => m.personId)).toEqual(
      before,
    );
    // Read again through the derived registry: the located words are reused, the choice is new.
    expect(paragraphMentions(p, articleId, derived, lexicon.attribution).map((m) => m.personId)).toEqual(
      after,
    );
    expect(ids(text, articleId, derived)).toEqual(
      findMentions(text, articleId, derived, lexicon.attribution).map((m) => m.personId),
    );
  });

  it('builds a registry anew when the people are not the same entities', () => {
    const renamed = PEOPLE.map((p) => (p.id === 'ken-sato' ? { ...p, aliases: ['Kenji Sato'] } : p));
    const rebuilt = withArticleIds(registry, renamed, lexicon.attribution);
    expect(rebuilt.forms).not.toBe(registry.forms);
    expect(rebuilt.forms.get('Kenji Sato')).toEqual(['ken-sato']);
  });
});
