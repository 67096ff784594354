/**
 * Finds the members of a top-level JSON object as its bytes arrive, chunk by chunk, and hands on
 * each member's value, or each element of an array member, as its own bytes. An index file is then
 * parsed one piece at a time: no string ever holds the whole file (V8's longest is about 512 MiB),
 * and the file need not be in memory at once. Only structure is checked here; JSON.parse checks
 * each piece. Errors are SyntaxErrors naming the byte offset in the whole stream.
 *
 * Elements are parsed in runs, many to one JSON.parse, which is much faster than one at a time.
 * In a file laid out as `writeIndex` writes it, one element a line, a run is found with two
 * native searches instead of reading every byte; JSON.parse accepting the run proves it holds
 * whole elements. A file laid out otherwise is read byte by byte.
 */

/** Where the parsed pieces go, in file order. */
export interface MemberSink {
  /** A member whose value is not an array. */
  value(key: string, value: unknown): void;
  /** An array member begins; its elements follow. */
  array(key: string): void;
  /** One or more consecutive elements of the array member being read. */
  elements(key: string, values: unknown[]): void;
}

/** `writeIndex` puts each array element on a line of its own: `[\n{…},\n{…}\n]`. */
const ELEMENT_BREAK = Buffer.from(',\n');
const ARRAY_CLOSE = Buffer.from('\n]');
/**
 * The longest run parsed at once. Its text stays small enough for V8 to allocate in the young
 * generation, where it is freed cheaply; longer strings go straight to the old one and wait for a
 * full collection, holding memory until then.
 */
const RUN_BYTES = 32 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** What the scanner expects next, outside of any value. */
type Expecting =
  | 'open' // the `{` of the object
  | 'first-key' // a member name or `}`
  | 'key' // a member name
  | 'colon'
  | 'value' // a member's value
  | 'after-member' // `,` or `}`
  | 'first-element' // an element or `]`
  | 'element'
  | 'after-element' // `,` or `]`
  | 'end'; // nothing but white space

const WHAT: Record<Expecting, string> = {
  open: '{',
  'first-key': 'a member name',
  key: 'a member name',
  colon: ':',
  value: 'a value',
  'after-member': ', or }',
  'first-element': 'a value',
  element: 'a value',
  'after-element': ', or ]',
  end: 'the end',
};

/** A value being read, possibly across chunks. */
interface Pending {
  kind: 'string' | 'nested' | 'scalar';
  /** Offset of its first byte in the whole stream. */
  opensAt: number;
  /** Its bytes in the chunks seen so far. */
  pieces: Buffer[];
  depth: number;
  inString: boolean;
  /** The previous byte was a backslash inside a string. */
  escaped: boolean;
  /** Where it goes: a member name, a member's value, or an array element. */
  role: 'key' | 'value' | 'element';
}

export class MemberScanner {
  private expecting: Expecting = 'open';
  private pending: Pending | null = null;
  private key = '';
  /** Offset of the current chunk's first byte in the whole stream. */
  private base = 0;
  private find = new Finder(Buffer.alloc(0));
  /** Complete elements in the current chunk not yet handed on: [start, end), or start -1. */
  private runStart = -1;
  private runEnd = -1;
  private chunk: Buffer = Buffer.alloc(0);
  /** Whether runs of elements are still looked for line by line (see the file comment). */
  private lines = true;

  constructor(private readonly sink: MemberSink) {}

  /** Reads one more chunk; the bytes still needed after the call are copied, so the caller may reuse it. */
  push(chunk: Buffer): void {
    this.find = new Finder(chunk);
    this.chunk = chunk;
    let i = 0;
    while (i < chunk.length) {
      if (this.pending) {
        i = this.continueValue(chunk, i);
        continue;
      }
      const c = chunk[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      i = this.structural(chunk, i, c);
    }
    this.flushRun();
    this.base += chunk.length;
  }

  /** The stream has ended: throws unless it held exactly one complete object. */
  end(): void {
    const at = this.base;
    const open = this.pending;
    if (open?.kind === 'scalar') {
      this.finish(Buffer.alloc(0));
    } else if (open) {
      throw new SyntaxError(
        open.kind === 'string'
          ? `the data ends inside a string that opens at byte ${open.opensAt}`
          : `the data ends inside the value that opens at byte ${open.opensAt}`,
      );
    }
    if (this.expecting !== 'end')
      throw new SyntaxError(`the data ends at byte ${at} where ${WHAT[this.expecting]} was expected`);
  }

  /** One byte outside any value: punctuation, or the first byte of a value. */
  private structural(chunk: Buffer, i: number, c: number): number {
    const at = this.base + i;
    const fail = (): never => {
      if (this.expecting === 'end')
        throw new SyntaxError(`unexpected data after the end of the object at byte ${at}`);
      throw new SyntaxError(`expected ${WHAT[this.expecting]} at byte ${at}`);
    };
    switch (this.expecting) {
      case 'open':
        if (c !== OPEN_BRACE) fail();
        this.expecting = 'first-key';
        return i + 1;
      case 'first-key':
      case 'key':
        if (c === CLOSE_BRACE && this.expecting === 'first-key') {
          this.expecting = 'end';
          return i + 1;
        }
        if (c !== QUOTE) fail();
        return this.startValue(chunk, i, 'key');
      case 'colon':
        if (c !== COLON) fail();
        this.expecting = 'value';
        return i + 1;
      case 'value':
        if (c === OPEN_BRACKET) {
          this.sink.array(this.key);
          this.expecting = 'first-element';
          return i + 1;
        }
        return this.startValue(chunk, i, 'value');
      case 'after-member':
        if (c === COMMA) this.expecting = 'key';
        else if (c === CLOSE_BRACE) this.expecting = 'end';
        else fail();
        return i + 1;
      case 'first-element':
        if (c === CLOSE_BRACKET) {
          this.expecting = 'after-member';
          return i + 1;
        }
        return this.lineRun(chunk, i) ?? this.startValue(chunk, i, 'element');
      case 'element':
        return this.lineRun(chunk, i) ?? this.startValue(chunk, i, 'element');
      case 'after-element':
        if (c === COMMA) this.expecting = 'element';
        else if (c === CLOSE_BRACKET) {
          this.flushRun();
          this.expecting = 'after-member';
        } else fail();
        return i + 1;
      case 'end':
        return fail();
    }
  }

  private startValue(chunk: Buffer, i: number, role: Pending['role']): number {
    const c = chunk[i]!;
    const kind = c === QUOTE ? 'string' : c === OPEN_BRACE || c === OPEN_BRACKET ? 'nested' : 'scalar';
    if (kind === 'scalar' && (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COLON))
      throw new SyntaxError(`expected ${WHAT[this.expecting]} at byte ${this.base + i}`);
    this.pending = {
      kind,
      opensAt: this.base + i,
      pieces: [],
      depth: 0,
      inString: false,
      escaped: false,
      role,
    };
    if (kind !== 'string') return this.continueValue(chunk, i, i);
    this.pending.inString = true;
    return this.continueValue(chunk, i, i + 1);
  }

  /**
   * Reads the pending value, whose bytes in this chunk start at `from`, scanning from `scan`;
   * returns where reading stopped (the chunk's end, or just past the value).
   */
  private continueValue(chunk: Buffer, from: number, scan = from): number {
    const p = this.pending!;
    const end =
      p.kind === 'string'
        ? stringEnd(chunk, scan, p, this.find)
        : p.kind === 'nested'
          ? nestedEnd(chunk, scan, p, this.find)
          : scalarEnd(chunk, scan);
    if (end < 0) {
      p.pieces.push(Buffer.from(chunk.subarray(from)));
      return chunk.length;
    }
    if (p.role === 'element' && p.pieces.length === 0) {
      // Wholly inside this chunk: joins the run of elements handed on together.
      this.pending = null;
      if (this.runStart < 0) this.runStart = from;
      this.runEnd = end;
      this.expecting = 'after-element';
      return end;
    }
    this.finish(chunk.subarray(from, end));
    return end;
  }

  /**
   * From an element's start, the whole lines of elements that follow in this chunk, parsed at once;
   * returns where the next element starts, or undefined to read byte by byte.
   */
  private lineRun(chunk: Buffer, i: number): number | undefined {
    if (!this.lines) return undefined;
    // Only the run's own bytes are searched: looking to the chunk's end for every run would read
    // a 4 MiB chunk once per 32 KiB run.
    const window = Math.min(chunk.length, i + RUN_BYTES + ARRAY_CLOSE.length);
    const close = chunk.subarray(0, window).indexOf(ARRAY_CLOSE, i);
    const limit = Math.min(close < 0 ? chunk.length : close, i + RUN_BYTES);
    const cut = chunk.lastIndexOf(ELEMENT_BREAK, limit - 1);
    if (cut < i) return undefined;
    let values: unknown[];
    try {
      values = parseRun(chunk, i, cut);
    } catch {
      this.lines = false;
      return undefined;
    }
    this.flushRun();
    this.sink.elements(this.key, values);
    this.expecting = 'element';
    return cut + ELEMENT_BREAK.length;
  }

  private flushRun(): void {
    if (this.runStart < 0) return;
    this.sink.elements(this.key, parseRun(this.chunk, this.runStart, this.runEnd));
    this.runStart = this.runEnd = -1;
  }

  /** The pending value is complete; `last` is its bytes in the current chunk. */
  private finish(last: Buffer): void {
    const p = this.pending!;
    this.pending = null;
    const bytes = p.pieces.length === 0 ? last : Buffer.concat([...p.pieces, last]);
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    if (p.role === 'key') {
      this.key = value as string;
      this.expecting = 'colon';
    } else if (p.role === 'value') {
      this.sink.value(this.key, value);
      this.expecting = 'after-member';
    } else {
      this.flushRun();
      this.sink.elements(this.key, [value]);
      this.expecting = 'after-element';
    }
  }
}

/**
 * The next quote or backslash of a chunk, remembered: searching again from every string would
 * rescan the rest of a chunk that has no backslash once per string.
 */
class Finder {
  /** Per byte code searched for: searched from `from`, found at `at` (-1: none from there on). */
  private readonly from = new Map<number, number>();
  private readonly at = new Map<number, number>();

  constructor(private readonly chunk: Buffer) {}

  /** The first offset at or after `from` holding `code`, or -1. */
  next(code: number, from: number): number {
    const searched = this.from.get(code);
    const at = this.at.get(code);
    if (searched !== undefined && at !== undefined && searched <= from && (at < 0 || at >= from)) return at;
    const found = this.chunk.indexOf(code, from);
    this.from.set(code, from);
    this.at.set(code, found);
    return found;
  }
}

/**
 * Inside a string: just past its closing quote, or -1 when the chunk ends first. Most of a string
 * is text, so it jumps from one quote or backslash to the next.
 */
function stringEnd(chunk: Buffer, from: number, p: Pending, find: Finder): number {
  let j = from;
  if (p.escaped) {
    p.escaped = false;
    j++;
  }
  while (j < chunk.length) {
    const q = find.next(QUOTE, j);
    const b = find.next(BACKSLASH, j);
    if (b >= 0 && (q < 0 || b < q)) {
      if (b + 1 >= chunk.length) {
        p.escaped = true;
        return -1;
      }
      j = b + 2;
      continue;
    }
    if (q < 0) return -1;
    p.inString = false;
    return q + 1;
  }
  return -1;
}

/** Just past the object or array that closes the value, or -1 when the chunk ends first. */
function nestedEnd(chunk: Buffer, from: number, p: Pending, find: Finder): number {
  let j = from;
  while (j < chunk.length) {
    if (p.inString) {
      j = stringEnd(chunk, j, p, find);
      if (j < 0) return -1;
      continue;
    }
    const c = chunk[j]!;
    if (c === QUOTE) p.inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) p.depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --p.depth === 0) return j + 1;
    j++;
  }
  return -1;
}

/** The offset of the byte that ends a number or literal, or -1 when the chunk ends first. */
function scalarEnd(chunk: Buffer, from: number): number {
  for (let j = from; j < chunk.length; j++) {
    const d = chunk[j]!;
    if (
      d === COMMA ||
      d === CLOSE_BRACE ||
      d === CLOSE_BRACKET ||
      d === COLON ||
      d === 0x20 ||
      d === 0x0a ||
      d === 0x0d ||
      d === 0x09
    )
      return j;
  }
  return -1;
}

/** Whole elements, commas between, at `chunk[start..end)`: parsed in one go. */
function parseRun(chunk: Buffer, start: number, end: number): unknown[] {
  return JSON.parse(`[${chunk.toString('utf8', start, end)}]`) as unknown[];
}
