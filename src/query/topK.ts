import type { PassageMatch } from './passageIndex.js';

/** The best `k` by score (ties: earlier paragraph first), kept in a small min-heap. */
export class TopK {
  private readonly heap: PassageMatch[] = [];
  constructor(private readonly k: number) {}

  private static worse(a: PassageMatch, b: PassageMatch): boolean {
    return a.score < b.score || (a.score === b.score && a.doc > b.doc);
  }

  /** The score a paragraph must at least reach to enter: the worst kept once there are `k`. */
  worst(): number {
    return this.heap.length === this.k ? this.heap[0]!.score : -Infinity;
  }

  offer(doc: number, score: number): void {
    const heap = this.heap;
    if (heap.length === this.k) {
      // Most offers lose to the worst kept: they are turned away before anything is allocated.
      const least = heap[0]!;
      if (!(least.score < score || (least.score === score && least.doc > doc))) return;
      heap[0] = { doc, score };
      this.down(0);
      return;
    }
    heap.push({ doc, score });
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!TopK.worse(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && TopK.worse(heap[l]!, heap[least]!)) least = l;
      if (r < heap.length && TopK.worse(heap[r]!, heap[least]!)) least = r;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  }

  sorted(): PassageMatch[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
