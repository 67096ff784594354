import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/articles/sentences.js';
import { loadBoilerplateLexicon } from '../../src/lexicon/boilerplateLexicon.js';

const { abbreviations } = loadBoilerplateLexicon('data/lexicon');
const split = (text: string) => splitSentences(text, abbreviations).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  it.each([
    ['Talks ended. A deal is near.', ['Talks ended.', 'A deal is near.']],
    [
      '“It is regrettable,” he said. “We will keep talking.”',
      ['“It is regrettable,” he said.', '“We will keep talking.”'],
    ],
    [
      'U.S. Treasury Secretary Scott Bessent arrived. He met Ishiba.',
      ['U.S. Treasury Secretary Scott Bessent arrived.', 'He met Ishiba.'],
    ],
    [
      'Tariffs rise on Aug. 1 unless a deal is reached.',
      ['Tariffs rise on Aug. 1 unless a deal is reached.'],
    ],
    ['The rate is 27.5 percent. It was 2.5 percent.', ['The rate is 27.5 percent.', 'It was 2.5 percent.']],
    [
      'Writing "I fully agree with you...Let\'s get it done."',
      ['Writing "I fully agree with you...Let\'s get it done."'],
    ],
    ['We pay . . . they don’t pay anything. Really?', ['We pay . . . they don’t pay anything.', 'Really?']],
    ['Howard W. Lutnick spoke. Was it enough? Yes!', ['Howard W. Lutnick spoke.', 'Was it enough?', 'Yes!']],
    ['The deal (signed in Tokyo.) Held.', ['The deal (signed in Tokyo.)', 'Held.']],
    ['no ending punctuation', ['no ending punctuation']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns nothing for empty text', () => {
    expect(split('   ')).toEqual([]);
  });
});
