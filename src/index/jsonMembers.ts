/**
 * Finds the members of a top-level JSON object in a byte buffer without decoding it as one string,
 * so an index larger than V8's longest string (about 512 MiB) can still be parsed, one member or
 * array element at a time. Only structure is checked here; JSON.parse checks each piece.
 */

export type MemberValue =
  | { kind: 'value'; start: number; end: number }
  /** `[start, end)` byte ranges of the elements, in order. */
  | { kind: 'array'; elements: [number, number][] };

export interface Member {
  key: string;
  value: MemberValue;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Throws SyntaxError naming the byte offset when the buffer is not one JSON object. */
export function scanMembers(bytes: Buffer): Member[] {
  const members: Member[] = [];
  let i = skipSpace(bytes, 0);
  expect(bytes, i, OPEN_BRACE, '{');
  i = skipSpace(bytes, i + 1);
  if (bytes[i] === CLOSE_BRACE) return finish(bytes, i + 1, members);
  for (;;) {
    expect(bytes, i, QUOTE, 'a member name');
    const keyEnd = skipString(bytes, i);
    const key = JSON.parse(bytes.toString('utf8', i, keyEnd)) as string;
    i = skipSpace(bytes, keyEnd);
    expect(bytes, i, COLON, ':');
    i = skipSpace(bytes, i + 1);
    if (bytes[i] === OPEN_BRACKET) {
      const elements: [number, number][] = [];
      i = skipSpace(bytes, i + 1);
      if (bytes[i] !== CLOSE_BRACKET) {
        for (;;) {
          const end = skipValue(bytes, i);
          elements.push([i, end]);
          i = skipSpace(bytes, end);
          if (bytes[i] === CLOSE_BRACKET) break;
          expect(bytes, i, COMMA, ', or ]');
          i = skipSpace(bytes, i + 1);
        }
      }
      members.push({ key, value: { kind: 'array', elements } });
      i = skipSpace(bytes, i + 1);
    } else {
      const end = skipValue(bytes, i);
      members.push({ key, value: { kind: 'value', start: i, end } });
      i = skipSpace(bytes, end);
    }
    if (bytes[i] === CLOSE_BRACE) return finish(bytes, i + 1, members);
    expect(bytes, i, COMMA, ', or }');
    i = skipSpace(bytes, i + 1);
  }
}

function finish(bytes: Buffer, i: number, members: Member[]): Member[] {
  const rest = skipSpace(bytes, i);
  if (rest < bytes.length)
    throw new SyntaxError(`unexpected data after the end of the object at byte ${rest}`);
  return members;
}

function expect(bytes: Buffer, i: number, code: number, what: string): void {
  if (i >= bytes.length) throw new SyntaxError(`the data ends at byte ${i} where ${what} was expected`);
  if (bytes[i] !== code) throw new SyntaxError(`expected ${what} at byte ${i}`);
}

function skipSpace(bytes: Buffer, i: number): number {
  while (i < bytes.length) {
    const c = bytes[i]!;
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** The offset just past the string that opens at `i`. */
function skipString(bytes: Buffer, i: number): number {
  for (let j = i + 1; j < bytes.length; j++) {
    const c = bytes[j]!;
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j + 1;
  }
  throw new SyntaxError(`the data ends inside a string that opens at byte ${i}`);
}

/** The offset just past the value (string, object, array, number, literal) that starts at `i`. */
function skipValue(bytes: Buffer, i: number): number {
  const c = bytes[i];
  if (c === undefined) throw new SyntaxError(`the data ends at byte ${i} where a value was expected`);
  if (c === QUOTE) return skipString(bytes, i);
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    let depth = 0;
    for (let j = i; j < bytes.length; j++) {
      const d = bytes[j]!;
      if (d === QUOTE) j = skipString(bytes, j) - 1;
      else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return j + 1;
    }
    throw new SyntaxError(`the data ends inside the value that opens at byte ${i}`);
  }
  let j = i;
  while (j < bytes.length) {
    const d = bytes[j]!;
    if (
      d === COMMA ||
      d === CLOSE_BRACE ||
      d === CLOSE_BRACKET ||
      d === 0x20 ||
      d === 0x0a ||
      d === 0x0d ||
      d === 0x09
    )
      break;
    j++;
  }
  return j;
}
