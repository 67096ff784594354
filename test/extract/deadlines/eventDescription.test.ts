import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/pipeline.js';
import { articleOf, lexicon } from '../tariffs/articleFixture.js';

/** Descriptions of the dates in one article run through every stage, people and quotes included. */
function descriptions(text: string, published: string | null = '2025-07-18') {
  return runPipeline([articleOf(text, published)], lexicon).deadlines.map((d) => [d.phrase, d.description]);
}

describe('descriptions read as what happens', () => {
  it.each([
    [
      'a pronoun becomes the person the sentence is about',
      'Japan’s top trade negotiator Ryosei Akazawa said he’s aiming to visit Washington next week.',
      [['next week', 'Akazawa to visit Washington']],
    ],
    [
      'a clause without a subject borrows the one it hangs on, as a headline',
      'Japanese Prime Minister Shigeru Ishiba told reporters after meeting U.S. Treasury Secretary Scott Bessent in Tokyo on Friday.',
      [['on Friday', 'Ishiba meets Bessent in Tokyo']],
    ],
    [
      'a past event reads in the present, names shortened',
      'U.S. President Donald Trump returned to the White House in January.',
      [['January', 'Trump returns to the White House']],
    ],
    [
      'the clause after "when" says what happens by the date',
      'The two countries had talked of reaching an agreement by July, when the 90-day pause on reciprocal tariffs is supposed to end.',
      [['by July', '90-day pause on reciprocal tariffs to end']],
    ],
    [
      'a date alone before a comma dates the next clause; no comma is left over',
      'Earlier this week, President Donald Trump suggested that reaching an agreement before the Aug. 1 deadline would be difficult.',
      [
        ['this week', 'Trump suggests reaching an agreement would be difficult'],
        ['Aug. 1', 'deadline'],
      ],
    ],
    [
      '"I" in a quote is its speaker',
      'Japan’s chief negotiator Kenji Arakawa left on Monday.\n\n“I expect to return before the end of the month,” Arakawa said.',
      [
        ['on Monday', 'Arakawa leaves'],
        ['end of the month', 'Arakawa to return'],
      ],
    ],
    [
      'a possessive pronoun before an event noun is the person',
      'Japan’s top trade negotiator Ryosei Akazawa wasn’t able to meet Bessent during his last visit in June.',
      [['June', 'Akazawa’s last visit']],
    ],
    [
      'an agreed meeting lies ahead, even in a past-tense sentence',
      'Akazawa told reporters that the two sides agreed to hold a second meeting this month.',
      [['this month', 'two sides to hold a second meeting']],
    ],
    [
      'a participle after a noun describes the noun',
      'The European Commission said its retaliatory package, suspended on July 24, 2025, remains on hold until early February 2026.',
      [
        ['July 24, 2025', 'retaliatory package suspended'],
        ['until early February 2026', 'retaliatory package remains on hold'],
      ],
    ],
    [
      'an event noun next to its date is the event; an object of a verb is not',
      'Bessent will attend his country’s national day event on Saturday. Campaigning ends with Sunday’s upper house election.',
      [
        ['on Saturday', 'Bessent to attend his country’s national day event'],
        ['Sunday', 'upper house election'],
      ],
    ],
  ])('%s', (_why, text, expected) => {
    expect(descriptions(text)).toEqual(expected);
  });

  it('never cuts a word and stays within 80 characters', () => {
    const [[, description]] = descriptions(
      'The meeting took place with the Aug 1 deadline for U.S. President Donald Trump’s so-called country-specific reciprocal tariffs on Japanese cars, steel, aluminium and electronics fast approaching.',
    ) as [[string, string]];
    expect(description).toBe('deadline for Trump’s country-specific reciprocal tariffs on Japanese cars');
  });

  it('describes what was said when the speaker is unknown, without guessing a person', () => {
    expect(descriptions('He said the talks would resume next week.', '2025-07-18')).toEqual([
      ['next week', 'talks to resume'],
    ]);
  });
});
