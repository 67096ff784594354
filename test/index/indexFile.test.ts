import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexLoadError } from '../../src/errors.js';
import { hasValidChecksum } from '../../src/index/indexChecksum.js';
import { scanMembers } from '../../src/index/jsonMembers.js';
import { decodeIndex, loadIndex } from '../../src/index/loadIndex.js';
import { writeIndex } from '../../src/index/writeIndex.js';
import { seedIndex, tempDir } from '../helpers/buildFixture.js';

function written(): { file: string; text: string } {
  const file = join(tempDir(), 'index.json');
  writeIndex(seedIndex(), file);
  return { file, text: readFileSync(file, 'utf8') };
}

describe('the index file format', () => {
  it('is JSON.stringify of the index with a checksum member at the end', () => {
    const { text } = written();
    const match = /^(.*),"checksum":"([0-9a-f]{64})"}\n$/s.exec(text);
    expect(match).not.toBeNull();
    expect(`${match![1]}}`).toBe(JSON.stringify(seedIndex()));
  });

  it('reports the bytes it wrote', () => {
    const file = join(tempDir(), 'index.json');
    expect(writeIndex(seedIndex(), file)).toBe(readFileSync(file).length);
  });

  it.each([
    ['as written', (t: string) => t, true],
    [
      'with a paragraph edited',
      (t: string) => t.replace('Japanese Prime Minister', 'Japanese prime minister'),
      false,
    ],
    ['with the checksum changed', (t: string) => t.replace(/"checksum":"./, '"checksum":"x'), false],
    ['without the checksum', (t: string) => t.replace(/,"checksum":"[0-9a-f]+"/, ''), false],
    ['with spaces after the end', (t: string) => `${t}  \n`, true],
  ])('vouches for a file %s: %s', (_name, edit, valid) => {
    expect(hasValidChecksum(Buffer.from(edit(written().text)))).toBe(valid);
  });
});

describe('loadIndex with checksums', () => {
  it('loads a vouched-for file without the checksum member', () => {
    const loaded = loadIndex(written().file);
    expect(loaded).toEqual(seedIndex());
    expect('checksum' in loaded).toBe(false);
  });

  it('validates a file whose checksum no longer matches, accepting a valid edit', () => {
    const { file, text } = written();
    writeFileSync(file, text.replace('Japanese Prime Minister', 'Japanese prime minister'));
    expect(
      loadIndex(file).articles[0]!.paragraphs.some((p) => p.text.includes('Japanese prime minister')),
    ).toBe(true);
  });

  it('validates a file whose checksum no longer matches, rejecting an invalid edit', () => {
    const { file, text } = written();
    writeFileSync(file, text.replace(/"published":"2025-07-18"/, '"published":"July 18"'));
    expect(() => loadIndex(file)).toThrow(/expected YYYY-MM-DD[\s\S]*→ at articles\[0\]\.published/);
  });

  it('reads member by member to the same value as from one string, vouched for or not', () => {
    const { text } = written();
    const plain = JSON.stringify(seedIndex());
    expect(decodeIndex(Buffer.from(text), 'x.json', 0)).toEqual(seedIndex());
    expect(decodeIndex(Buffer.from(plain), 'x.json', 0)).toEqual(seedIndex());
  });

  it.each([
    ['cut short', (t: string) => t.slice(0, t.length / 2), /the data ends/],
    ['with a broken element', (t: string) => t.replace('{"id":', '{"id"'), /not valid JSON/],
    [
      'with a wrong type',
      (t: string) => t.replace(/"published":"2025-07-18"/, '"published":20250718'),
      /→ at articles\[0\]\.published/,
    ],
  ])('rejects a file %s on the member-by-member path', (_name, edit, reason) => {
    const bytes = Buffer.from(edit(written().text));
    let error: unknown;
    try {
      decodeIndex(bytes, 'x.json', 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IndexLoadError);
    expect((error as Error).message).toMatch(reason);
  });
});

describe('scanMembers', () => {
  const ranges = (json: string) => {
    const bytes = Buffer.from(json);
    return scanMembers(bytes).map(({ key, value }) => [
      key,
      value.kind === 'value'
        ? bytes.toString('utf8', value.start, value.end)
        : value.elements.map(([s, e]) => bytes.toString('utf8', s, e)),
    ]);
  };

  it.each([
    ['an empty object', '{}', []],
    [
      'scalars',
      '{"a":1,"b":"x","c":null,"d":true}',
      [
        ['a', '1'],
        ['b', '"x"'],
        ['c', 'null'],
        ['d', 'true'],
      ],
    ],
    [
      'arrays, empty and not',
      '{"a":[],"b":[1,{"x":[2]},"s"]}',
      [
        ['a', []],
        ['b', ['1', '{"x":[2]}', '"s"']],
      ],
    ],
    [
      'brackets and escaped quotes inside strings',
      '{"a":["}]\\"[{",{"k":"\\\\"}]}',
      [['a', ['"}]\\"[{"', '{"k":"\\\\"}']]],
    ],
    [
      'white space everywhere',
      ' {\n "a" : [ 1 , 2 ] ,\t"b" : {} }\n',
      [
        ['a', ['1', '2']],
        ['b', '{}'],
      ],
    ],
    ['keys with escapes and non-ASCII text', '{"k\\u00e9y":["日本"]}', [['kéy', ['"日本"']]]],
  ])('finds the members of %s', (_name, json, expected) => {
    expect(ranges(json)).toEqual(expected);
  });

  it.each([
    ['not an object', '[1]', 'expected { at byte 0'],
    ['cut inside an array', '{"a":[1,2', 'the data ends at byte 9 where , or ] was expected'],
    ['cut inside a string', '{"a":"abc', 'the data ends inside a string that opens at byte 5'],
    ['a missing comma', '{"a":1 "b":2}', 'expected , or } at byte 7'],
    ['data after the end', '{"a":1} x', 'unexpected data after the end of the object at byte 8'],
  ])('rejects %s', (_name, json, message) => {
    expect(() => scanMembers(Buffer.from(json))).toThrow(message);
  });
});
