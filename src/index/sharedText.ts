/**
 * An index file writes each fact's evidence sentence, and each quote's words, out in full, though
 * every one of them is a piece of a paragraph the same file holds. Parsed as they are, they would
 * be second copies of that text, a large share of a loaded index. `TextSharer` replaces each
 * with a slice of its paragraph's string, which V8 keeps as a pointer into that string.
 *
 * It sees the parsed elements before they are validated, so it reads them defensively: anything
 * not shaped as expected, or not found in its paragraph, is left exactly as it was. Values never
 * change, only where their characters are stored.
 */

/** Shorter strings are copied by V8's `slice` anyway, so sharing them saves nothing. */
const MIN_SHARED_LENGTH = 13;

type Loose = Record<string, unknown>;

function isLoose(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class TextSharer {
  /** Each article's paragraph texts, by article id. */
  private readonly paragraphs = new Map<string, unknown[]>();
  /** The last article looked up: a fact's sources, and consecutive facts, mostly share one. */
  private lastId = '';
  private lastParagraphs: unknown[] | undefined;

  /** Takes the elements of an array member of the index as they are parsed, in file order. */
  take(member: string, elements: unknown[]): void {
    if (member === 'articles') {
      for (const article of elements)
        if (isLoose(article) && typeof article.id === 'string' && Array.isArray(article.paragraphs))
          this.paragraphs.set(article.id, article.paragraphs);
    } else if (member === 'quotes') {
      for (const quote of elements) {
        if (!isLoose(quote)) continue;
        this.share(quote, 'text', [quote.span]);
        this.share(quote, 'evidence', [quote.span]);
      }
    } else if (member === 'tariffs' || member === 'deadlines') {
      for (const fact of elements) {
        if (!isLoose(fact) || !Array.isArray(fact.sources)) continue;
        // The fact's evidence comes from one of its sources, usually the first.
        this.share(fact, 'evidence', fact.sources);
      }
    }
  }

  /** Replaces `holder[key]` with the same text sliced from the first of `places` that holds it. */
  private share(holder: Loose, key: string, places: unknown[]): void {
    const text = holder[key];
    if (typeof text !== 'string' || text.length < MIN_SHARED_LENGTH) return;
    for (const place of places) {
      const paragraph = this.paragraphOf(place);
      if (paragraph === undefined) continue;
      const at = paragraph.indexOf(text);
      if (at < 0) continue;
      holder[key] = paragraph.slice(at, at + text.length);
      return;
    }
  }

  /** The text of the paragraph a span points at, if the articles read so far have it. */
  private paragraphOf(span: unknown): string | undefined {
    if (!isLoose(span) || typeof span.articleId !== 'string' || typeof span.paragraph !== 'number')
      return undefined;
    if (span.articleId !== this.lastId) {
      this.lastId = span.articleId;
      this.lastParagraphs = this.paragraphs.get(span.articleId);
    }
    const paragraph = this.lastParagraphs?.[span.paragraph];
    return isLoose(paragraph) && typeof paragraph.text === 'string' ? paragraph.text : undefined;
  }
}
