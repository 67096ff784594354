import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../src/extract/deadlines/taggedSentence.js';
import { lexicon } from '../tariffs/articleFixture.js';

const formsAt = (sentence: string, word: string) => {
  const tagged = tagSentence(sentence, lexicon.dates.wordTags);
  const token = tagged.tokens.find((t) => t.text === word);
  if (!token) throw new Error(`no token ${word} in ${sentence}`);
  return tagged.verbForms.get(token.start);
};

describe('verb group forms', () => {
  it.each([
    ['Tariffs rose to 25% on Aug. 1.', 'rose', { infinitive: 'rise', present: 'rises' }],
    ['Akazawa will meet Bessent on Friday.', 'meet', { infinitive: 'meet', present: 'meets' }],
    // Every word of a group carries the main verb's forms: "will" reads as "meet".
    ['Akazawa will meet Bessent on Friday.', 'will', { infinitive: 'meet', present: 'meets' }],
    ['They didn’t discuss specifics on Friday.', 'discuss', { infinitive: 'discuss', present: 'discusses' }],
    ['Gozan wasn’t able to meet Taber in June.', 'wasn’t', { infinitive: 'be', present: 'is' }],
    [
      'Raber glossed over the criticism on Saturday.',
      'over',
      { infinitive: 'gloss over', present: 'glosses over' },
    ],
    [
      'Raber glossed over the criticism on Saturday.',
      'glossed',
      { infinitive: 'gloss over', present: 'glosses over' },
    ],
    [
      'I will continue working on Monday.',
      'working',
      { infinitive: 'continue working', present: 'continues working' },
    ],
    [
      'Tago suggests reaching an agreement by July.',
      'reaching',
      { infinitive: 'suggest reaching', present: 'suggests reaching' },
    ],
    ['He’s aiming to visit Washington next week.', 'visit', { infinitive: 'visit', present: 'visits' }],
    // Not verbs: a noun after a determiner, a date, a name.
    ['The meeting on Friday ended early.', 'meeting', undefined],
    ['Akazawa will meet Bessent on Friday.', 'Friday', undefined],
    ['Akazawa will meet Bessent on Friday.', 'Bessent', undefined],
  ])('reads %j at %j', (sentence, word, forms) => {
    expect(formsAt(sentence, word)).toEqual(forms);
  });

  it('keeps groups apart at a comma and at a subject', () => {
    const sentence = 'Trump, speaking on Friday, said he would impose tariffs.';
    expect(formsAt(sentence, 'speaking')).toEqual({ infinitive: 'speak', present: 'speaks' });
    expect(formsAt(sentence, 'said')).toEqual({ infinitive: 'say', present: 'says' });
    expect(formsAt(sentence, 'would')).toEqual({ infinitive: 'impose', present: 'imposes' });
    expect(formsAt(sentence, 'tariffs')).toBeUndefined();
  });
});
