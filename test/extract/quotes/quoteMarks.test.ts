import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../src/extract/quotes/quoteMarks.js';
import { lexicon } from './runStages.js';

const quoted = (text: string) =>
  findQuotedSpans(text, lexicon.attribution).map((s) => [text.slice(s.innerStart, s.innerEnd), s.unclosed]);

describe('findQuotedSpans', () => {
  it.each<[string, string, [string, boolean][]]>([
    ['straight double', '"A good deal," Bessent said.', [['A good deal,', false]]],
    ['curly double', '“Large Progress!” he wrote.', [['Large Progress!', false]]],
    [
      'two in one sentence',
      'He called it “unfair”, repeating that “we pay”.',
      [
        ['unfair', false],
        ['we pay', false],
      ],
    ],
    [
      'ellipsis inside',
      '"I fully agree with you...Let\'s get it done."',
      [["I fully agree with you...Let's get it done.", false]],
    ],
    [
      'unicode ellipsis inside',
      '“Possible … and we’ll try,” Ishiba said.',
      [['Possible … and we’ll try,', false]],
    ],
    ['curly opener, straight closer', '“We will win," she said.', [['We will win,', false]]],
    [
      'single curly marks',
      '‘We buy more,’ Tanabe said. ‘That has to change.’',
      [
        ['We buy more,', false],
        ['That has to change.', false],
      ],
    ],
    ['single straight marks', "Analysts called it a 'war of words' on Friday.", [['war of words', false]]],
    [
      'single marks inside double ones stay inside',
      '"He said \'no\' twice," she said.',
      [["He said 'no' twice,", false]],
    ],
    [
      'plural possessive before the real closer',
      '‘The farmers’ union is upset,’ he said.',
      [['The farmers’ union is upset,', false]],
    ],
    [
      'a quote running on to the next paragraph',
      '"I expect to return soon. We will keep talking.',
      [['I expect to return soon. We will keep talking.', true]],
    ],
    // Negative cases: apostrophes are not quote marks.
    ['apostrophes only', "Japan's negotiator met Bessent's team; the allies’ treaty held.", []],
    ['curly apostrophes only', 'Japan’s exports and the carmakers’ profits fell.', []],
    ['a stray closing mark', 'The rate fell” on Friday.', []],
    ['no marks', 'Ishiba said talks would continue.', []],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
