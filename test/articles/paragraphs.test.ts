import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/articles/lines.js';
import { buildParagraphs } from '../../src/articles/paragraphs.js';
import { loadBoilerplateLexicon } from '../../src/lexicon/boilerplateLexicon.js';

const lexicon = loadBoilerplateLexicon('data/lexicon');
const texts = (body: string) =>
  buildParagraphs(body, splitLines(body), lexicon).paragraphs.map((p) => p.text);

describe('buildParagraphs', () => {
  it.each([
    ['blank lines separate paragraphs', 'One here.\n\nTwo here.', ['One here.', 'Two here.']],
    [
      'one paragraph a line, no blank lines',
      'One here.\nTwo here.\nThree.',
      ['One here.', 'Two here.', 'Three.'],
    ],
    [
      'hard-wrapped lines join, the break read as a space',
      'Talks in Tokyo\nended without a deal.\n\nNext.',
      ['Talks in Tokyo ended without a deal.', 'Next.'],
    ],
    ['space-only lines are blank', 'One.\n \nTwo.', ['One.', 'Two.']],
    ['leading and trailing spaces trimmed', '  One.  \n\n', ['One.']],
  ])('%s', (_name, body, expected) => {
    expect(texts(body)).toEqual(expected);
  });

  it('keeps offsets exact: every paragraph and sentence is a slice of the body', () => {
    const body = 'Intro line here.\n\n“Quote one,” he said. Then more.\nWrapped line\ncontinues here.';
    const { paragraphs } = buildParagraphs(body, splitLines(body), lexicon);
    for (const p of paragraphs) {
      expect(body.slice(p.start, p.end).replace(/\n/g, ' ')).toBe(p.text);
      for (const [s, e] of p.sentences) expect(p.text).toContain(body.slice(s, e).replace(/\n/g, ' '));
    }
    expect(paragraphs[1]!.sentences.map(([s, e]) => body.slice(s, e))).toEqual([
      '“Quote one,” he said.',
      'Then more.',
    ]);
  });

  it('trims a trailing wire credit and records it, keeping the paragraph', () => {
    const body = 'He kept the dialogue going via phone calls. (Bloomberg)';
    const { paragraphs, credits } = buildParagraphs(body, splitLines(body), lexicon);
    expect(paragraphs.map((p) => p.text)).toEqual(['He kept the dialogue going via phone calls.']);
    expect(credits).toEqual([{ line: 1, kind: 'byline', text: '(Bloomberg)' }]);
  });

  it('leaves a credit-like phrase inside a sentence alone', () => {
    expect(texts('Officials (Reuters) said talks would go on.')).toEqual([
      'Officials (Reuters) said talks would go on.',
    ]);
  });
});
