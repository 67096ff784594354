import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import {
  anchor,
  canStartAt,
  matchSegment,
  type Matcher,
  type MatchTerm,
  type MatchTodo,
  type MatchToken,
  type Pointer,
} from '../../../src/extract/deadlines/anchoredMatch.js';

interface World {
  methods: {
    one: {
      match: Matcher;
      parseMatch: (match: string, opts: object, world: unknown) => MatchToken[];
    };
  };
}
const world = nlp.world() as unknown as World;
const { match, parseMatch } = world.methods.one;

/** A match as compromise's post-tagger net holds one: parsed tokens, a group, a `notIf`. */
function todoOf(pattern: string, fields: { group?: number; notIf?: string } = {}): MatchTodo {
  return {
    regs: parseMatch(pattern, {}, world),
    ...(fields.group === undefined ? {} : { group: fields.group }),
    ...(fields.notIf === undefined ? {} : { notIf: parseMatch(fields.notIf, {}, world) }),
  };
}

const termsOf = (text: string) => (nlp(text) as unknown as { docs: MatchTerm[][] }).docs[0]!;

/** The words a pointer covers; a contraction's unwritten half ("have" of "We’ve") has no text. */
const wordsAt = (terms: readonly MatchTerm[]) => (pointer: Pointer) =>
  terms
    .slice(pointer[1], pointer[2])
    .map((t) => t.text)
    .filter(Boolean)
    .join(' ');

const TALKS = 'We’ve agreed, and the talks resumed quickly on Monday after very long delays';
const RATES = 'Tariffs on cars rose sharply and tariffs on steel fell';
const NOUNS = 'auto tariff rate cuts';
const SLASH = 'Levies on cars and/or trucks rose';

describe('matchSegment', () => {
  it.each([
    // Anchored at the words its first token takes.
    { pattern: '#Verb', text: RATES, anchored: true, found: ['fell'] },
    { pattern: '[#Adverb] #Preposition', group: 0, text: TALKS, anchored: true, found: ['quickly'] },
    { pattern: '(delays|talks) #Verb', text: TALKS, anchored: true, found: ['talks resumed'] },
    // A choice of several words starts where any of its choices can.
    { pattern: '(long delays|the talks) #Verb', text: TALKS, anchored: true, found: ['the talks resumed'] },
    { pattern: '(#Verb && @hasComma) and', text: TALKS, anchored: true, found: ['agreed and'] },
    { pattern: '(#Verb|#Adverb) #Preposition', text: TALKS, anchored: true, found: ['quickly on'] },
    { pattern: '#Verb #Adverb? #Preposition', text: TALKS, anchored: true, found: ['resumed quickly on'] },
    { pattern: '#Preposition #Adjective? #Noun', text: TALKS, anchored: true, found: ['on Monday'] },
    { pattern: '#Adverb+ #Adjective', text: TALKS, anchored: true, found: ['very long'] },
    { pattern: '#Adjective #Plural$', text: TALKS, anchored: true, found: ['long delays'] },
    // A contraction's first half takes both: "we" and "have" are both "We’ve".
    { pattern: 'we have #Verb', text: TALKS, anchored: true, found: ['We’ve agreed'] },
    // Matched whole, a contraction takes its unwritten half too: "agreed" is the word after that.
    { pattern: "we've agreed", text: TALKS, anchored: true, found: ['We’ve agreed'] },
    // A word written with a slash matches each of its halves.
    { pattern: 'or #Noun', text: SLASH, anchored: true, found: ['and/or trucks'] },
    {
      pattern: '#Noun #Preposition #Noun',
      text: RATES,
      anchored: true,
      found: ['Tariffs on cars', 'tariffs on steel'],
    },
    // A match resumes the search at its last word: "tariff rate" is never tried.
    { pattern: '#Noun #Noun', text: NOUNS, anchored: true, found: ['auto tariff', 'rate cuts'] },
    { pattern: '#Money', text: TALKS, anchored: true, found: [] },
    // Left to compromise: a first token that may take no word, a `^`, a `$` that may stop short
    // or that is the first token.
    { pattern: '#Date? #Noun', text: TALKS, anchored: false, found: ['We’ve', 'talks', 'Monday', 'delays'] },
    { pattern: '^#Pronoun', text: TALKS, anchored: false, found: ['We’ve'] },
    { pattern: '#Noun #Adverb?$', text: RATES, anchored: false, found: [] },
    { pattern: '#Plural$', text: TALKS, anchored: false, found: ['delays'] },
  ])('finds $found for $pattern (anchored: $anchored)', ({ pattern, group, text, anchored, found }) => {
    const todo = todoOf(pattern, group === undefined ? {} : { group });
    const terms = termsOf(text);
    const pointers = matchSegment(terms, todo, match);
    expect(anchor(todo) !== null).toBe(anchored);
    expect(pointers).toEqual(match([terms], todo).ptrs);
    expect(pointers.map(wordsAt(terms))).toEqual(found);
  });

  it.each([
    { notIf: 'steel', found: ['Tariffs on cars'] },
    { notIf: 'cars', found: ['tariffs on steel'] },
    { notIf: 'wheat', found: ['Tariffs on cars', 'tariffs on steel'] },
  ])('drops a match holding its notIf ($notIf), keeping $found', ({ notIf, found }) => {
    const todo = todoOf('#Noun #Preposition #Noun', { notIf });
    const terms = termsOf(RATES);
    const pointers = matchSegment(terms, todo, match);
    expect(pointers).toEqual(match([terms], todo).ptrs);
    expect(pointers.map(wordsAt(terms))).toEqual(found);
  });

  it('moves the search past a match its notIf drops, as compromise does', () => {
    // "auto tariff" is dropped; "tariff rate" is still never tried.
    const todo = todoOf('#Noun #Noun', { notIf: 'auto' });
    const terms = termsOf(NOUNS);
    const pointers = matchSegment(terms, todo, match);
    expect(pointers).toEqual(match([terms], todo).ptrs);
    expect(pointers.map(wordsAt(terms))).toEqual(['rate cuts']);
  });

  it.each([
    // Each leading token takes the word after the last one's.
    { pattern: '#Noun #Preposition #Noun', text: RATES, steps: 3, starts: ['Tariffs', 'tariffs'] },
    { pattern: '#Preposition #Noun', text: RATES, steps: 2, starts: ['on', 'on'] },
    // A `$` token takes the last word: "steel" is not.
    { pattern: '#Preposition #Noun$', text: RATES, steps: 2, starts: [] },
    { pattern: '#Adverb #Adjective', text: TALKS, steps: 2, starts: ['very'] },
    // A token that may take several words ends the leading ones.
    { pattern: '#Adverb+ #Adjective', text: TALKS, steps: 1, starts: ['quickly', 'very'] },
    { pattern: '(the talks|long delays) #Verb', text: TALKS, steps: 1, starts: ['the', 'long'] },
    // So does one that may take none: its word is its own or the next token's.
    { pattern: '#Verb #Adverb? #Preposition', text: TALKS, steps: 2, starts: ['(have)', 'resumed'] },
    { pattern: '#Preposition #Adjective? #Noun', text: TALKS, steps: 2, starts: ['on'] },
    {
      pattern: '#Verb #Adverb? #Preposition?',
      text: TALKS,
      steps: 1,
      starts: ['(have)', 'agreed', 'resumed'],
    },
    // A block whose choices all take one word takes one; a method is compromise's own.
    { pattern: '(agreed|resumed) #Adverb', text: TALKS, steps: 2, starts: ['resumed'] },
    { pattern: '(#Verb|#Adverb) #Preposition', text: TALKS, steps: 2, starts: ['(have)', 'quickly'] },
    {
      pattern: '(#Verb|#Adverb+) #Preposition',
      text: TALKS,
      steps: 1,
      starts: ['(have)', 'agreed', 'resumed', 'quickly', 'very'],
    },
    { pattern: '(#Verb && @hasComma) and', text: TALKS, steps: 2, starts: ['agreed'] },
    { pattern: '#Verb and', text: TALKS, steps: 2, starts: ['(have)', 'agreed'] },
    { pattern: '#Verb', text: TALKS, steps: 1, starts: ['(have)', 'agreed', 'resumed'] },
    // A contraction's first half can take both, so nothing after it is tested.
    { pattern: '#Pronoun #Verb', text: TALKS, steps: 2, starts: ['We’ve'] },
    { pattern: '#Pronoun #Adjective', text: TALKS, steps: 2, starts: ['We’ve'] },
  ])('$pattern can start at $starts', ({ pattern, text, steps, starts }) => {
    const anchored = anchor(todoOf(pattern))!;
    const terms = termsOf(text);
    expect(anchored.steps.length).toBe(steps);
    const at = terms.filter((_, i) => canStartAt(terms, i, anchored));
    expect(at.map((t) => t.text || `(${t.implicit})`)).toEqual(starts);
  });

  it('prepares a match once', () => {
    const todo = todoOf('#Verb');
    expect(anchor(todo)).toBe(anchor(todo));
    expect(anchor(todoOf('#Verb'))).not.toBe(anchor(todo));
  });
});
