/**
 * Tagged sentences by text, kept to about `limit` (a watched folder rebuilds for as long as it
 * runs); room is made by dropping the sentence read least recently. The sentences a pass of the
 * tagger is asked for are never dropped to make room during that pass, nor until the next one,
 * so its caller finds them all when it reads them: dropped sooner, each would be tagged again,
 * alone. A sentence that comes back (syndicated copy, a lead paragraph reused in an update)
 * stays held as long as it keeps coming back within `limit` sentences.
 */
export class PassCache<T> {
  /** Oldest read first: a Map keeps the order keys were set in. */
  private readonly items = new Map<string, T>();
  /** The texts the latest pass was asked for. */
  private pass: ReadonlySet<string> = new Set();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.items.size;
  }

  /** Whether a text is held, without counting as a read. */
  has(text: string): boolean {
    return this.items.has(text);
  }

  get(text: string): T | undefined {
    const value = this.items.get(text);
    if (value !== undefined) this.touch(text, value);
    return value;
  }

  /**
   * The texts a pass must tag, of `texts`: those not held. The ones held become the most recently
   * read, and the least recently read others are dropped to make room for the rest.
   */
  startPass(texts: readonly string[]): string[] {
    this.pass = new Set(texts);
    const todo: string[] = [];
    for (const text of this.pass) {
      const value = this.items.get(text);
      if (value === undefined) todo.push(text);
      else this.touch(text, value);
    }
    const held = this.pass.size - todo.length;
    while (this.items.size + todo.length > this.limit && this.items.size > held) this.dropOldest();
    return todo;
  }

  /** A sentence a pass tagged: kept until the next pass at least, past the limit if need be. */
  addFromPass(text: string, value: T): void {
    this.items.set(text, value);
  }

  /**
   * A sentence tagged alone: it takes the place of the least recently read one, unless that is
   * one of the latest pass's, which stay.
   */
  addAlone(text: string, value: T): void {
    if (this.items.size >= this.limit) {
      const oldest = this.items.keys().next();
      if (oldest.done === true || this.pass.has(oldest.value)) return;
      this.items.delete(oldest.value);
    }
    this.items.set(text, value);
  }

  private touch(text: string, value: T): void {
    this.items.delete(text);
    this.items.set(text, value);
  }

  private dropOldest(): void {
    const oldest = this.items.keys().next();
    if (oldest.done !== true) this.items.delete(oldest.value);
  }
}
