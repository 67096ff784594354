import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexLoadError } from '../../src/errors.js';
import { ChecksumReader, hasValidChecksum } from '../../src/index/indexChecksum.js';
import { MemberScanner } from '../../src/index/jsonMembers.js';
import { decodeIndex, loadIndex } from '../../src/index/loadIndex.js';
import { SCHEMA_VERSION } from '../../src/index/schema.js';
import { writeIndex } from '../../src/index/writeIndex.js';
import { seedIndex, tempDir } from '../helpers/buildFixture.js';

function written(): { file: string; text: string } {
  const file = join(tempDir(), 'index.json');
  writeIndex(seedIndex(), file);
  return { file, text: readFileSync(file, 'utf8') };
}

describe('the index file format', () => {
  it('is the index as JSON, one array element a line, with a checksum member at the end', () => {
    const { text } = written();
    const match = /^(.*),"checksum":"([0-9a-f]{64})"}\n$/s.exec(text);
    expect(match).not.toBeNull();
    expect(JSON.parse(`${match![1]}}`)).toEqual(seedIndex());
    const lines = text.split('\n');
    expect(lines).toHaveLength(
      ['articles', 'people', 'quotes', 'tariffs', 'deadlines'].reduce(
        (n, key) =>
          n + (seedIndex()[key as 'articles'].length > 0 ? seedIndex()[key as 'articles'].length + 1 : 0),
        2,
      ),
    );
    expect(lines[1]).toBe(JSON.stringify(seedIndex().articles[0]) + ',');
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

describe('ChecksumReader', () => {
  /** Whether the reader vouches for the bytes fed in chunks of the given sizes, taken in turn. */
  const vouches = (bytes: Buffer, sizes: number[]) => {
    const reader = new ChecksumReader();
    for (let at = 0, n = 0; at < bytes.length; n++) {
      const size = sizes[n % sizes.length]!;
      reader.update(bytes.subarray(at, at + size));
      at += size;
    }
    return reader.valid();
  };
  const edited = (t: string) => t.replace('Japanese Prime Minister', 'Japanese prime minister');

  it.each([[[1]], [[95]], [[96]], [[97]], [[4096]], [[200, 5, 96, 1]], [[3, 300]]])(
    'reads chunks of %j bytes as it reads the whole file',
    (sizes) => {
      const { text } = written();
      expect(vouches(Buffer.from(text), sizes)).toBe(true);
      expect(vouches(Buffer.from(edited(text)), sizes)).toBe(false);
    },
  );
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

  it.each([1, 7, 4096, 1 << 20])(
    'reads the file in chunks of %i bytes to the same value, vouched for or not, in any layout',
    (size) => {
      const { text } = written();
      const layouts = [text, JSON.stringify(seedIndex()), JSON.stringify(seedIndex(), null, 2)];
      for (const layout of layouts)
        expect(decodeIndex(chunksOf(Buffer.from(layout), size), 'x.json')).toEqual(seedIndex());
    },
  );

  it.each([
    ['cut short', (t: string) => t.slice(0, t.length / 2), /the data ends/],
    ['with a broken element', (t: string) => t.replace('{"id":', '{"id"'), /not valid JSON/],
    [
      'with a wrong type',
      (t: string) => t.replace(/"published":"2025-07-18"/, '"published":20250718'),
      /→ at articles\[0\]\.published/,
    ],
    [
      'of another schema version',
      (t: string) => t.replace(`"schemaVersion":${SCHEMA_VERSION}`, '"schemaVersion":0'),
      new RegExp(`schema version 0, and this version of tariff-desk reads version ${SCHEMA_VERSION}\\.`),
    ],
  ])('rejects a file %s, in chunks', (_name, edit, reason) => {
    const bytes = Buffer.from(edit(written().text));
    let error: unknown;
    try {
      decodeIndex(chunksOf(bytes, 1000), 'x.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IndexLoadError);
    expect((error as Error).message).toMatch(reason);
  });
});

function chunksOf(bytes: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
}

describe('MemberScanner', () => {
  /** What the scanner hands on, fed the JSON in chunks of `size` bytes. */
  const scan = (json: string, size = json.length || 1) => {
    const seen: [string, unknown][] = [];
    const scanner = new MemberScanner({
      value: (key, value) => seen.push([key, value]),
      array: (key) => seen.push([key, []]),
      elements: (_key, values) => (seen.at(-1)![1] as unknown[]).push(...values),
    });
    for (const chunk of chunksOf(Buffer.from(json), size)) scanner.push(chunk);
    scanner.end();
    return seen;
  };

  it.each([
    ['an empty object', '{}', []],
    [
      'scalars',
      '{"a":1,"b":"x","c":null,"d":true}',
      [
        ['a', 1],
        ['b', 'x'],
        ['c', null],
        ['d', true],
      ],
    ],
    [
      'arrays, empty and not',
      '{"a":[],"b":[1,{"x":[2]},"s"]}',
      [
        ['a', []],
        ['b', [1, { x: [2] }, 's']],
      ],
    ],
    [
      'one element a line',
      '{"a":[\n{"k":1},\n{"k":"x,\\n"},\n[3]\n],"b":[\n4\n]}',
      [
        ['a', [{ k: 1 }, { k: 'x,\n' }, [3]]],
        ['b', [4]],
      ],
    ],
    [
      'lines that do not end elements',
      '{"a":[{"k":[1,\n2]},\n{"j":\n3}]}',
      [['a', [{ k: [1, 2] }, { j: 3 }]]],
    ],
    [
      'brackets and escaped quotes inside strings',
      '{"a":["}]\\"[{",{"k":"\\\\"}]}',
      [['a', ['}]"[{', { k: '\\' }]]],
    ],
    [
      'white space everywhere',
      ' {\n "a" : [ 1 , 2 ] ,\t"b" : {} }\n',
      [
        ['a', [1, 2]],
        ['b', {}],
      ],
    ],
    ['keys with escapes and non-ASCII text', '{"k\\u00e9y":["日本"]}', [['kéy', ['日本']]]],
  ])('finds the members of %s, whatever the chunks', (_name, json, expected) => {
    for (const size of [1, 2, 3, 5, json.length]) expect(scan(json, size)).toEqual(expected);
  });

  it.each([
    ['not an object', '[1]', 'expected { at byte 0'],
    ['cut inside an array', '{"a":[1,2', 'the data ends at byte 9 where , or ] was expected'],
    ['cut inside a string', '{"a":"abc', 'the data ends inside a string that opens at byte 5'],
    ['cut inside an object', '{"a":[{"b":1', 'the data ends inside the value that opens at byte 6'],
    ['a missing comma', '{"a":1 "b":2}', 'expected , or } at byte 7'],
    ['a missing element', '{"a":[1,,2]}', 'expected a value at byte 8'],
    ['data after the end', '{"a":1} x', 'unexpected data after the end of the object at byte 8'],
  ])('rejects %s, whatever the chunks', (_name, json, message) => {
    for (const size of [1, 4, json.length]) expect(() => scan(json, size)).toThrow(message);
  });
});
