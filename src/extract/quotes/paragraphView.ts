import { articleCache } from '../../articles/articleCache.js';
import type { ArticleDoc } from '../../articles/articleDoc.js';
import type { Person } from '../../index/schema.js';
import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import { paragraphMentions, type Mention } from '../people/mentionFinder.js';
import { registryOf } from '../people/peopleRegistry.js';
import { findQuotedSpans, type QuotedSpan } from './quoteMarks.js';

/** The mark that stands in for quoted words, so the reporter's words can be read on their own. */
export const MASK = '\uFFFC';

/** One paragraph as attribution reads it. Offsets are into `text`. */
export interface ParagraphView {
  text: string;
  /** `text` with every quoted span, marks included, replaced by MASK of the same length. */
  masked: string;
  spans: QuotedSpan[];
  mentions: Mention[];
  /** Sentence boundaries relative to the paragraph. */
  sentences: [number, number][];
  /** Speech verbs outside quotes: where they are and how they are written. */
  verbs: { start: number; end: number; text: string }[];
}

const cache = articleCache<{ people: Person[]; lex: AttributionLexicon; views: ParagraphView[] }>();

/** The paragraphs of an article as attribution reads them, built once per people list. */
export function articleView(article: ArticleDoc, people: Person[], lex: AttributionLexicon): ParagraphView[] {
  const hit = cache.get(article);
  if (hit && hit.people === people && hit.lex === lex) return hit.views;
  const registry = registryOf(people, lex);
  const verbPattern = speechVerbPattern(lex);
  const views = article.paragraphs.map((p): ParagraphView => {
    const spans = findQuotedSpans(p.text, lex);
    // Built in one pass: re-slicing the whole paragraph per span is quadratic in a paragraph of marks.
    const pieces: string[] = [];
    let at = 0;
    for (const s of spans) {
      pieces.push(p.text.slice(at, s.open), MASK.repeat(s.close - s.open));
      at = s.close;
    }
    pieces.push(p.text.slice(at));
    const masked = pieces.join('');
    const quoted = spans.map((s): [number, number] => [s.open, s.close]);
    return {
      text: p.text,
      masked,
      spans,
      mentions: paragraphMentions(p, article.id, registry, lex, quoted),
      sentences: p.sentences.map(([s, e]): [number, number] => [s - p.start, e - p.start]),
      verbs: speechVerbs(masked, verbPattern),
    };
  });
  cache.set(article, { people, lex, views });
  return views;
}

function speechVerbs(masked: string, pattern: RegExp): ParagraphView['verbs'] {
  const verbs: ParagraphView['verbs'] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(masked); m; m = pattern.exec(masked))
    verbs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return verbs;
}

const verbPatterns = new WeakMap<AttributionLexicon, RegExp>();

function speechVerbPattern(lex: AttributionLexicon): RegExp {
  let pattern = verbPatterns.get(lex);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}'’-])(?:${[...lex.speechVerbs].join('|')})(?![\\p{L}'’-])`, 'gu');
    verbPatterns.set(lex, pattern);
  }
  return pattern;
}

/** The index of the sentence holding an offset (the last one for an offset past the end). */
export function sentenceAt(view: ParagraphView, offset: number): number {
  const i = view.sentences.findIndex(([, e]) => offset < e);
  return i === -1 ? view.sentences.length - 1 : i;
}
