import { describe, expect, it } from 'vitest';
import { cleanDescription, MAX_DESCRIPTION } from '../../../src/extract/deadlines/descriptionText.js';
import { lexicon } from '../tariffs/articleFixture.js';

describe('cleanDescription', () => {
  it.each([
    [
      'a comma left where a date was cut out goes',
      'Earlier , Trump suggested a deal',
      'Trump suggested a deal',
    ],
    [
      'dangling words at the end go',
      'Akazawa has visited Washington seven times since',
      'Akazawa has visited Washington seven times',
    ],
    [
      'quote marks and brackets go',
      'Japan recorded a ¥9tn ($63bn) “commerce surplus”',
      'Japan recorded a ¥9tn commerce surplus',
    ],
    [
      'name markers go',
      'deadline for the so-called reciprocal tariffs',
      'deadline for the reciprocal tariffs',
    ],
    [
      'a long phrase loses its last prepositional phrase, not its verb',
      'Trump suggests reaching an agreement with Japan before the Aug. 1 deadline would be difficult',
      'Trump suggests reaching an agreement with Japan would be difficult',
    ],
    [
      'then a trailing clause',
      'Negotiators say Tokyo would not accept any deal that leaves the existing punitive duty on every imported car',
      'Negotiators say Tokyo would not accept any deal',
    ],
    ['a short phrase stays as it is', 'Akazawa to visit Washington', 'Akazawa to visit Washington'],
  ])('%s', (_why, raw, expected) => {
    expect(cleanDescription(raw, lexicon)).toBe(expected);
  });

  it('cuts only between words when nothing else can go', () => {
    const raw =
      'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt labore';
    const cleaned = cleanDescription(raw, lexicon);
    expect([cleaned, cleaned.length <= MAX_DESCRIPTION, raw.startsWith(`${cleaned} `)]).toEqual([
      'Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor',
      true,
      true,
    ]);
  });
});
