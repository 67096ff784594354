import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/index/schema.js';
import { runStages } from '../quotes/runStages.js';

const peopleOf = (...articles: string[][]) => runStages(...articles).people;
const byName = (people: Person[], name: string) => people.find((p) => p.name === name);

describe('people learned from the text', () => {
  it.each<[string, string[], [string, Person['kind'], string | null][]]>([
    [
      'a title before a full name',
      ['Japanese Prime Minister Shigeru Ishiba spoke.'],
      [['Shigeru Ishiba', 'person', 'Japanese Prime Minister']],
    ],
    [
      'a lower-case title with modifiers',
      ['Talks with Japan’s top trade negotiator Ryosei Akazawa ended.'],
      [['Ryosei Akazawa', 'person', 'Japan’s top trade negotiator']],
    ],
    [
      'an appositive role',
      ['Richard Katz, a former senior fellow at Carnegie Council, said so.'],
      [
        ['Richard Katz', 'person', 'former senior fellow at Carnegie Council'],
        ['Carnegie Council', 'organisation', null],
      ],
    ],
    [
      'an organisation word',
      ['Officials at the White House declined to comment.'],
      [['White House', 'organisation', null]],
    ],
    ['a descriptor', ['The Nikkei newspaper reported the plan.'], [['Nikkei', 'organisation', null]]],
    [
      'a collective noun',
      ['The Japanese government protested.'],
      [['Japanese government', 'organisation', null]],
    ],
    [
      'a paraphrased name from the lexicon',
      ['He urged the White Home to act.'],
      [['White House', 'organisation', null]],
    ],
    [
      'a titled surname with no full name anywhere',
      ['President Trump spoke on Friday.'],
      [['Trump', 'person', 'President']],
    ],
    // Negative cases: capitalised words that are not people.
    [
      'a department in a title is not an organisation',
      ['U.S. Treasury Secretary Scott Bessent arrived.'],
      [['Scott Bessent', 'person', 'U.S. Treasury Secretary']],
    ],
    ['places and days', ['Talks in Tokyo on Friday ended as Washington waited.'], []],
    ['a name with no title or role', ['Alastair Gale wrote the story.'], []],
    ['an appositive without a role word', ['Bessent, the U.S. point man on tariff talks, arrived.'], []],
    [
      'a lone surname with an appositive',
      ['Akazawa, Japan’s minister for economic revitalization, spoke.'],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(peopleOf(paragraphs).map((p) => [p.name, p.kind, p.role])).toEqual(expected);
  });
});

describe('one entry per person across articles', () => {
  const people = peopleOf(
    [
      'Japanese Prime Minister Shigeru Ishiba met U.S. Treasury Secretary Scott Bessent on Friday. The prime minister said little.',
      'Ishiba said: “We will talk.”',
    ],
    [
      'Prime Minister Shigeru Ishiba spoke to Commerce Secretary Howard W. Lutnick.',
      'Secretary Bessent and Commerce Secretary Howard Lutnick left.',
    ],
    [
      'Akazawa, Japan’s minister for economic revitalization, met Bessent.',
      'Trade minister Yeo Han-koo and President Lee Jae-myung joined.',
    ],
  );

  it('merges name forms and lists the articles that mention them', () => {
    expect(people.map((p) => [p.id, p.articleIds])).toEqual([
      ['shigeru-ishiba', ['a0', 'a1']],
      ['scott-bessent', ['a0', 'a1', 'a2']],
      ['howard-w-lutnick', ['a1']],
      ['yeo-han-koo', ['a2']],
      ['lee-jae-myung', ['a2']],
    ]);
  });

  it.each<[string, string[]]>([
    [
      'Shigeru Ishiba',
      [
        'Japanese Prime Minister Shigeru Ishiba',
        'Prime Minister Shigeru Ishiba',
        'Ishiba',
        'the prime minister',
        'the premier',
      ],
    ],
    [
      'Scott Bessent',
      [
        'U.S. Treasury Secretary Scott Bessent',
        'Secretary Bessent',
        'Bessent',
        'the treasury secretary',
        'Treasury chief',
      ],
    ],
    [
      'Howard W. Lutnick',
      [
        'Commerce Secretary Howard W. Lutnick',
        'Howard Lutnick',
        'Commerce Secretary Howard Lutnick',
        'Lutnick',
        'the commerce secretary',
        'Commerce chief',
      ],
    ],
    // Surname first: the given name is no alias.
    ['Lee Jae-myung', ['President Lee Jae-myung', 'Lee', 'the president']],
    ['Yeo Han-koo', ['Trade minister Yeo Han-koo', 'Yeo', 'the trade minister']],
  ])('aliases of %s', (name, aliases) => {
    expect(byName(people, name)?.aliases).toEqual(aliases);
  });

  it('keeps no junk aliases: no days, places or ambiguous titles', () => {
    const all = people.flatMap((p) => p.aliases);
    for (const junk of ['Friday', 'Tokyo', 'the secretary', 'the minister', 'Han-koo', 'Jae-myung'])
      expect(all).not.toContain(junk);
  });

  it('does not invent a person for a surname seen only with an appositive', () => {
    expect(byName(people, 'Akazawa')).toBeUndefined();
  });
});
