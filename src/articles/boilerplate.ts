import type { BoilerplateKind, RemovedLine } from '../index/schema.js';
import type { BoilerplateLexicon } from '../lexicon/boilerplateLexicon.js';
import { endsLikeSentence, foldForComparison, type Line } from './lines.js';

export interface BoilerplateResult {
  /** Story lines, blank lines included (they separate paragraphs). */
  kept: Line[];
  removed: RemovedLine[];
  /** The headline line found in the text, when one was. */
  headline: string | null;
}

/** A line this long is story text even without closing punctuation. */
const STORY_LINE_LENGTH = 120;
/** A headline has at least this many words; shorter leading lines are site chrome. */
const HEADLINE_MIN_WORDS = 4;

/**
 * Separates the story from what the website put around it. Three passes:
 * 1. lexicon patterns mark captions, copyright lines, comment widgets and the like, anywhere;
 * 2. a line equal to the known title is the headline;
 * 3. short lines that do not read as sentences, before the story starts or after it ends, are
 *    site chrome (or the headline, or a promo's second line). Inside the story such a line stays:
 *    it may be a subheading, and losing story text is worse than keeping a stray line.
 */
export function removeBoilerplate(
  lines: Line[],
  lexicon: BoilerplateLexicon,
  title: string | null,
): BoilerplateResult {
  const kinds = new Map<number, BoilerplateKind>();
  const foldedTitle = title ? foldForComparison(title) : null;
  // Folding keeps every letter and digit, lower-cased: a line that folds to the title holds each
  // of the title's words in its lower-case form, and only such a line is worth folding.
  const titleWords = foldedTitle?.split(' ') ?? [];

  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (
      foldedTitle &&
      containsAll(text.toLowerCase(), titleWords) &&
      foldForComparison(text) === foldedTitle
    ) {
      kinds.set(line.number, 'headline');
      continue;
    }
    const kind = matchPattern(text, lexicon);
    if (kind) kinds.set(line.number, kind);
  }

  const content = lines.filter((l) => l.text.trim() !== '' && !kinds.has(l.number));
  const isStory = (l: Line) => endsLikeSentence(l.text) || l.text.trim().length >= STORY_LINE_LENGTH;
  const firstStory = content.findIndex(isStory);
  const lastStory = content.findLastIndex(isStory);

  let headline: string | null = null;
  if (firstStory === -1) {
    // Nothing reads as a sentence: keep everything rather than guess what the story is.
  } else {
    const leading = content.slice(0, firstStory);
    const afterPromo = (l: Line) => kinds.get(l.number - 1) === 'newsletter';
    if (!foldedTitle) {
      const candidate = leading
        .filter((l) => !afterPromo(l) && wordCount(l.text) >= HEADLINE_MIN_WORDS)
        .reduce<Line | null>((best, l) => (best && best.text.length >= l.text.length ? best : l), null);
      if (candidate) {
        kinds.set(candidate.number, 'headline');
        headline = candidate.text.trim();
      }
    }
    for (const l of leading) {
      if (!kinds.has(l.number)) kinds.set(l.number, afterPromo(l) ? 'newsletter' : 'site-chrome');
    }
    for (const l of content.slice(lastStory + 1)) kinds.set(l.number, 'site-chrome');
  }

  const kept: Line[] = [];
  const removed: RemovedLine[] = [];
  for (const line of lines) {
    const kind = kinds.get(line.number);
    if (kind) removed.push({ line: line.number, kind, text: line.text.trim() });
    else kept.push(line);
  }
  if (foldedTitle) headline = removed.find((r) => r.kind === 'headline')?.text ?? null;
  return { kept, removed, headline };
}

function matchPattern(text: string, lexicon: BoilerplateLexicon): BoilerplateKind | null {
  const sentence = endsLikeSentence(text);
  for (const rule of lexicon.lines) {
    if (text.length > rule.maxLength) continue;
    if (sentence && !rule.sentences) continue;
    if (rule.pattern.test(text)) return rule.kind;
  }
  return null;
}

function containsAll(text: string, words: string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}
