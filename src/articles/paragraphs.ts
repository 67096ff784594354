import type { Paragraph, RemovedLine } from '../index/schema.js';
import type { BoilerplateLexicon } from '../lexicon/boilerplateLexicon.js';
import { endsLikeSentence, type Line } from './lines.js';
import { splitSentences } from './sentences.js';

/**
 * Groups the kept lines of a body into paragraphs. A blank or removed line ends a paragraph, and
 * so does a line ending like a sentence (outlets that put one paragraph on each line with no blank
 * line between); a line that ends mid-sentence is joined to the next (hard-wrapped text). The
 * paragraph's text is the body slice with line breaks read as spaces, so offsets stay exact.
 */
export function buildParagraphs(
  body: string,
  kept: Line[],
  lexicon: BoilerplateLexicon,
): { paragraphs: Paragraph[]; credits: RemovedLine[] } {
  const paragraphs: Paragraph[] = [];
  const credits: RemovedLine[] = [];
  let group: Line[] = [];

  const flush = () => {
    if (group.length === 0) return;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const start = first.start + leadingSpace(first.text);
    let end = last.end - trailingSpace(last.text);
    for (const credit of lexicon.trailingCredits) {
      const m = credit.exec(body.slice(start, end));
      if (m && m.index > 0) {
        credits.push({ line: last.number, kind: 'byline', text: m[0].trim() });
        end = start + m.index;
        break;
      }
    }
    if (end > start) {
      const text = body.slice(start, end).replace(/\n/g, ' ');
      const sentences = splitSentences(text, lexicon.abbreviations).map(([s, e]): [number, number] => [
        start + s,
        start + e,
      ]);
      paragraphs.push({ text, start, end, sentences });
    }
    group = [];
  };

  let previous: Line | null = null;
  for (const line of kept) {
    const contiguous = previous !== null && previous.number === line.number - 1;
    if (line.text.trim() === '') {
      flush();
    } else {
      if (!contiguous || (previous && endsLikeSentence(previous.text))) flush();
      group.push(line);
    }
    previous = line;
  }
  flush();
  return { paragraphs, credits };
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function trailingSpace(text: string): number {
  return text.length - text.trimEnd().length;
}
