/**
 * Tagged sentences by text, kept to about `limit` (a watched folder rebuilds for as long as it
 * runs). It is emptied before a pass of the tagger that would overfill it, never during one, so
 * that the sentences a pass tags are there for its caller to read until the next pass: emptied
 * during a pass, it would lose the first sentences of the pass to the last, and each would be
 * tagged again, alone, when it is read.
 */
export class PassCache<T> {
  private readonly items = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.items.size;
  }

  get(text: string): T | undefined {
    return this.items.get(text);
  }

  /** The texts a pass must tag, of `texts`; all of them when the cache is emptied to make room. */
  startPass(texts: readonly string[]): string[] {
    const todo = texts.filter((t) => !this.items.has(t));
    if (this.items.size + todo.length <= this.limit) return todo;
    this.items.clear();
    return [...texts];
  }

  /** A sentence a pass tagged: kept until the next pass. */
  addFromPass(text: string, value: T): void {
    this.items.set(text, value);
  }

  /** A sentence tagged alone: kept while there is room, never in place of a pass's sentences. */
  addAlone(text: string, value: T): void {
    if (this.items.size < this.limit) this.items.set(text, value);
  }
}
