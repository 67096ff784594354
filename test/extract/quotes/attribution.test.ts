import { describe, expect, it } from 'vitest';
import { brief, runStages } from './runStages.js';

/** Each case: the paragraphs of one article, and the quotes it must yield as [text, speaker, attribution]. */
type Case = [string, string[], [string, string, string][]];

const BESSENT = 'U.S. Treasury Secretary Scott Bessent arrived in Tokyo on Friday.';
const ISHIBA = 'Japanese Prime Minister Shigeru Ishiba met him at his office.';

describe('speaker attribution', () => {
  it.each<Case>([
    // After the quote.
    [
      'name then verb after',
      [ISHIBA, '"We will talk," Ishiba said.'],
      [['We will talk', 'Shigeru Ishiba', 'after']],
    ],
    [
      'verb then name after',
      [ISHIBA, '“We will talk,” said Ishiba.'],
      [['We will talk', 'Shigeru Ishiba', 'after']],
    ],
    [
      'verb then titled name after',
      ['“Talks go on,” said Japan’s chief negotiator Ryosei Akazawa.'],
      [['Talks go on', 'Ryosei Akazawa', 'after']],
    ],
    [
      'an aside between name and verb after',
      ['“It is hard,” Richard Katz, a senior fellow at a think tank, said.'],
      [['It is hard', 'Richard Katz', 'after']],
    ],
    [
      'written channel after',
      [BESSENT, '“A deal is possible,” Bessent wrote on X.'],
      [['A deal is possible', 'Scott Bessent', 'after']],
    ],
    // Before the quote.
    [
      'colon before',
      [ISHIBA, 'Ishiba said: “We will not rush.”'],
      [['We will not rush.', 'Shigeru Ishiba', 'before']],
    ],
    [
      'clause before',
      [ISHIBA, 'Ishiba later said the tariffs were “absolutely unacceptable.”'],
      [['absolutely unacceptable.', 'Shigeru Ishiba', 'before']],
    ],
    [
      'aside before',
      [BESSENT, 'Bessent, in a posting on X, said he was “highly encouraged by the talks”.'],
      [['highly encouraged by the talks', 'Scott Bessent', 'before']],
    ],
    [
      'appositive role before',
      ['Richard Katz, a former senior fellow at Carnegie Council, said it was “quite an aggressive stance.”'],
      [['quite an aggressive stance.', 'Richard Katz', 'before']],
    ],
    [
      'described as',
      [BESSENT, 'Bessent described the tariffs as “a tool of last resort”.'],
      [['a tool of last resort', 'Scott Bessent', 'before']],
    ],
    [
      'calling the move',
      [BESSENT, 'Bessent praised the offer, calling the move “a big step”.'],
      [['a big step', 'Scott Bessent', 'before']],
    ],
    [
      'verb joined by and',
      [BESSENT, 'Bessent met Akazawa on Friday and stated on social media there had been “Large Progress!”'],
      [['Large Progress!', 'Scott Bessent', 'before']],
    ],
    [
      'infinitive',
      [ISHIBA, 'The levy led Prime Minister Shigeru Ishiba to declare a “national crisis”.'],
      [['national crisis', 'Shigeru Ishiba', 'before']],
    ],
    [
      'speech noun',
      [
        'President Donald Trump spoke on Friday.',
        'Talks drew scorn from Trump of Japan as “spoiled” and unfair.',
      ],
      [['spoiled', 'Donald Trump', 'before']],
    ],
    [
      'inside: attribution between two parts',
      [ISHIBA, '“We will talk,” Ishiba said, “but not forever.”'],
      [
        ['We will talk', 'Shigeru Ishiba', 'after'],
        ['but not forever.', 'Shigeru Ishiba', 'inside'],
      ],
    ],
    // Negative cases: no speaker, or not the name nearest the quote.
    ['unknown speaker is dropped', ['“We will talk,” a senior official said.'], []],
    [
      'a name after a preposition is not the speaker',
      [
        'The Daiwa Institute is in Tokyo.',
        'Analysts at the Daiwa Institute said the “war of words” would end.',
      ],
      [],
    ],
    ['an object is not the speaker', [BESSENT, 'Officials met Bessent and said the mood was “upbeat”.'], []],
    ['a possessive is not the speaker', [BESSENT, 'Bessent’s aides said the talks were “useful”.'], []],
    [
      'a new sentence after a quote is not its attribution',
      [ISHIBA, 'Ishiba told the delegation that security was “intertwined.” He said more was needed.'],
      [['intertwined.', 'Shigeru Ishiba', 'before']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(brief(runStages(paragraphs).quotes)).toEqual(expected);
  });
});

describe('pronouns and continuations', () => {
  it.each<Case>([
    [
      'he is the subject of the previous paragraph, not the last name in it',
      [
        BESSENT,
        'At a ceremony, Bessent praised the alliance and ignored Trump’s criticism.',
        '“Japan is our closest ally,” he said.',
      ],
      [['Japan is our closest ally', 'Scott Bessent', 'pronoun']],
    ],
    [
      'a chain of he over paragraphs',
      [
        "Japan's chief negotiator Kenji Arakawa left Washington.",
        'He told reporters the talks were “frank.”',
        'He warned that rice was off the table. “Our farmers are not a chip,” he added.',
      ],
      [
        ['frank.', 'Kenji Arakawa', 'pronoun'],
        ['Our farmers are not a chip', 'Kenji Arakawa', 'pronoun'],
      ],
    ],
    [
      'she after a new subject',
      [
        "Japan's chief negotiator Kenji Arakawa met US Trade Representative Susan Hollis.",
        'Hollis struck a different tone.',
        '“Time is short,” she said.',
      ],
      [['Time is short', 'Susan Hollis', 'pronoun']],
    ],
    [
      'it for an organisation',
      ['The Japanese government protested on Friday.', '“We regret the measure,” it said in a statement.'],
      [['We regret the measure', 'Japanese government', 'pronoun']],
    ],
    [
      'continuation in the same paragraph',
      [ISHIBA, '“We will talk,” Ishiba said. “We will not rush.”'],
      [
        ['We will talk', 'Shigeru Ishiba', 'after'],
        ['We will not rush.', 'Shigeru Ishiba', 'continuation'],
      ],
    ],
    [
      'a quote that runs on over a paragraph break',
      [
        ISHIBA,
        '“We will talk,” Ishiba said.',
        '“We will not rush. We will not give up.',
        '“Japan stands firm,” he said.',
      ],
      [
        ['We will talk', 'Shigeru Ishiba', 'after'],
        ['We will not rush. We will not give up.', 'Shigeru Ishiba', 'continuation'],
        ['Japan stands firm', 'Shigeru Ishiba', 'pronoun'],
      ],
    ],
    // Negative cases.
    [
      'he with no one named nearby is dropped',
      [ISHIBA, 'The yen fell.', 'Markets were calm.', '“We will wait,” he said.'],
      [],
    ],
    [
      'a fragment after an attributed quote is no continuation',
      [ISHIBA, '“We will talk,” Ishiba said. The “national day” event went ahead.'],
      [['We will talk', 'Shigeru Ishiba', 'after']],
    ],
    [
      'a quoted paragraph after another paragraph is no continuation',
      [ISHIBA, '“We will talk,” Ishiba said.', '“A new paragraph.”'],
      [['We will talk', 'Shigeru Ishiba', 'after']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(brief(runStages(paragraphs).quotes)).toEqual(expected);
  });
});

describe('reported words, scare quotes, names', () => {
  it('records who relayed reported words', () => {
    const { quotes } = runStages([
      'Japanese Prime Minister Shigeru Ishiba on Friday quoted U.S. Treasury Secretary Scott Bessent as saying they can reach a "good" deal.',
    ]);
    expect(quotes.map((q) => [q.text, q.speakerId, q.reportedById, q.attribution, q.partial])).toEqual([
      ['good', 'scott-bessent', 'shigeru-ishiba', 'reported', true],
    ]);
  });

  it('records "according to" a third party, not the speaker', () => {
    const { quotes } = runStages([
      BESSENT,
      'The Nikkei newspaper reported on the talks.',
      'Bessent called the offer “serious”, according to Nikkei.',
    ]);
    expect(quotes.map((q) => [q.speakerId, q.reportedById])).toEqual([['scott-bessent', 'nikkei']]);
  });

  it('takes "according to" as the speaker when no verb names one', () => {
    const { quotes } = runStages([
      'The Nikkei newspaper reported on the talks.',
      'The offer was “serious”, according to Nikkei.',
    ]);
    expect(quotes.map((q) => [q.text, q.speakerId, q.reportedById, q.attribution])).toEqual([
      ['serious', 'nikkei', null, 'after'],
    ]);
  });

  it.each<Case>([
    ['so-called', [ISHIBA, 'Ishiba said the so-called “reciprocal” tariffs hurt.'], []],
    ['a Title Case name', [ISHIBA, 'Ishiba said April 2 was “Liberation Day” in Washington.'], []],
    [
      'a scare-quoted modifier after a non-reporting verb',
      ['The White House spoke on Friday.', 'The White House announced its “reciprocal” tariffs.'],
      [],
    ],
    ['a scare quote with no verb', [BESSENT, 'Bessent will attend his country’s “national day” event.'], []],
    ['a teaser line', [BESSENT, 'Related: Bessent says “deal is close”'], []],
    // Positive beside them: a short quote that is someone's word is kept, marked partial.
    [
      'a partial quote after a reporting verb',
      [BESSENT, 'Bessent said the deal was “good”.'],
      [['good', 'Scott Bessent', 'before']],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(brief(runStages(paragraphs).quotes)).toEqual(expected);
  });
});

describe('channels, partial flags, spans', () => {
  it.each<[string, string, string | null]>([
    ['“We agree,” Bessent wrote on X.', 'We agree', 'social-media'],
    ['Bessent, in a posting on X, said he was “encouraged by it”.', 'encouraged by it', 'social-media'],
    ['Bessent said on Truth Social that talks were “going well”.', 'going well', 'social-media'],
    ['“We agree,” Bessent said in a statement.', 'We agree', 'statement'],
    ['Bessent told reporters: “We agree.”', 'We agree.', 'reporters'],
    ['Bessent instructed reporters that “we agree”.', 'we agree', 'reporters'],
    ['Bessent told Reuters that “we agree”.', 'we agree', 'interview'],
    ['“We agree,” Bessent said in an interview with Fuji News Network.', 'We agree', 'interview'],
    ['“We agree,” Bessent said in a speech in Osaka.', 'We agree', 'speech'],
    // Negative: no channel named.
    ['“We agree,” Bessent said on Friday.', 'We agree', null],
    ['Bessent thanked the hosts for “their warm welcome”.', 'their warm welcome', null],
  ])('%s', (sentence, text, channel) => {
    expect(runStages([BESSENT, sentence]).quotes.map((q) => [q.text, q.channel])).toEqual([[text, channel]]);
  });

  it.each<[string, boolean]>([
    ['good', true],
    ['very grateful', true],
    ['their warm welcome', false],
  ])('“%s” partial: %s', (words, partial) => {
    expect(
      runStages([BESSENT, `Bessent said the talks were “${words}”.`]).quotes.map((q) => q.partial),
    ).toEqual([partial]);
  });

  it('gives the span of the words, the paragraph and the evidence sentence', () => {
    const { quotes } = runStages([ISHIBA, 'Talks went on. "We will talk," Ishiba said. Then he left.']);
    const q = quotes[0]!;
    expect([q.paragraph, q.span.end - q.span.start, q.evidence, q.verb]).toEqual([
      1,
      'We will talk'.length,
      '"We will talk," Ishiba said.',
      'said',
    ]);
  });
});
