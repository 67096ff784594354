import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';
import type { Extractor } from '../../pipeline/types.js';
import type { PersonCandidate } from './personCandidate.js';
import { applyNameVariants } from './nameVariants.js';
import { adjacent, isCapitalised, splitWords, wordsOfParagraph, type Word } from './words.js';

/**
 * Organisations, found three ways: a capitalised name holding an organisation word ("White
 * House", "Fuji News Network", "Treasury"); a name before a descriptor ("the Nikkei newspaper");
 * a capitalised word before a collective noun ("the Japanese government").
 */
export const organisationExtractor: Extractor<PersonCandidate> = {
  name: 'organisation',
  extract({ article, paragraph }, _draft, { lexicon }) {
    const lex = lexicon.attribution;
    const text = applyNameVariants(paragraph.text, lex);
    const words = text === paragraph.text ? wordsOfParagraph(paragraph) : splitWords(text);
    const found: PersonCandidate[] = [];
    const add = (name: string, form: string | null) =>
      found.push({
        articleId: article.id,
        kind: 'organisation',
        name,
        surnameOnly: false,
        title: null,
        role: null,
        forms: form ? [form] : [],
        key: null,
      });

    for (const name of headedNames(text, words, lex)) add(name, null);
    for (const [name, form] of describedNames(text, lex)) add(name, form);
    return found;
  },
};

/** Capitalised runs (joined by "of", "for") that hold an organisation word, cut after the last one. */
function headedNames(text: string, words: readonly Word[], lex: AttributionLexicon): string[] {
  const names: string[] = [];
  let i = 0;
  while (i < words.length) {
    const run = capitalisedRun(text, words, i, lex);
    if (run.length === 0) {
      i++;
      continue;
    }
    i += run.length;
    let last = -1;
    for (const [j, w] of run.entries()) if (lex.organisationHeads.has(w.text)) last = j;
    if (last === -1) continue;
    // "of Japan" after "Bank" belongs to the name; anything else after the last head does not.
    let end = last;
    while (
      end + 2 < run.length &&
      lex.nameConnectors.has(run[end + 1]!.text) &&
      isCapitalised(run[end + 2]!.text)
    ) {
      end += 2;
      while (end + 1 < run.length && isCapitalised(run[end + 1]!.text)) end++;
    }
    // The run ended just before `words[i]`.
    const after = run[end + 1] ?? words[i];
    // "Treasury Secretary Scott Bessent", "Treasury chief": the organisation word is part of a title.
    if (after && startsTitle(after.text, lex)) continue;
    let begin = 0;
    while (begin < last && (run[begin]!.possessive || lex.notNames.has(run[begin]!.text))) begin++;
    names.push(text.slice(run[begin]!.start, run[end]!.end));
  }
  return names;
}

function capitalisedRun(text: string, words: readonly Word[], at: number, lex: AttributionLexicon): Word[] {
  const run: Word[] = [];
  for (let j = at; j < words.length; j++) {
    const w = words[j]!;
    if (run.length > 0 && !adjacent(text, run[run.length - 1]!.outerEnd, w.start)) break;
    const connector =
      run.length > 0 && lex.nameConnectors.has(w.text) && isCapitalised(words[j + 1]?.text ?? '');
    if (!connector && !isCapitalised(w.text)) break;
    run.push(w);
    if (w.possessive && run.length > 1 && lex.organisationHeads.has(w.text)) break;
  }
  while (run.length > 0 && lex.nameConnectors.has(run[run.length - 1]!.text)) run.pop();
  return run;
}

function startsTitle(word: string, lex: AttributionLexicon): boolean {
  const lower = word.toLowerCase();
  return lex.titles.some((t) => t.words[0] === lower);
}

/** "the Nikkei newspaper" → Nikkei; "the Japanese government" → Japanese government. */
function describedNames(text: string, lex: AttributionLexicon): [string, string][] {
  const found: [string, string][] = [];
  const { descriptors, collectives } = namePatterns(lex);
  // A pattern ends in its word, written as is: a paragraph without the word cannot match it.
  for (const { word, pattern } of descriptors) {
    if (!text.includes(word)) continue;
    for (const m of text.matchAll(pattern)) {
      const n = m[1]!.trim();
      if (!lex.notNames.has(n.split(/\s+/)[0]!)) found.push([n, m[0].replace(/^The\b/u, 'the')]);
    }
  }
  for (const { word: collective, pattern } of collectives) {
    if (!text.includes(collective)) continue;
    for (const m of text.matchAll(pattern)) {
      const qualifier = m[1]!.trim().replace(/['’]s$/u, '');
      if (!lex.notNames.has(qualifier.split(/\s+/)[0]!))
        found.push([`${qualifier} ${collective}`, m[0].replace(/^The\b/u, 'the')]);
    }
  }
  return found;
}

interface WordPattern {
  word: string;
  pattern: RegExp;
}

const compiled = new WeakMap<
  AttributionLexicon,
  { descriptors: WordPattern[]; collectives: WordPattern[] }
>();

/** The descriptor and collective patterns, compiled once per lexicon. */
function namePatterns(lex: AttributionLexicon): { descriptors: WordPattern[]; collectives: WordPattern[] } {
  let patterns = compiled.get(lex);
  if (!patterns) {
    const name = String.raw`((?:\p{Lu}[\p{L}\p{M}.'’-]*\s){1,3}?)`;
    patterns = {
      descriptors: lex.organisationDescriptors.map((word) => ({
        word,
        pattern: new RegExp(String.raw`\b(?:[Tt]he\s)?${name}${escape(word)}\b`, 'gu'),
      })),
      collectives: lex.collectiveOrganisations.map((word) => ({
        word,
        pattern: new RegExp(String.raw`\b[Tt]he\s${name}${escape(word)}\b`, 'gu'),
      })),
    };
    compiled.set(lex, patterns);
  }
  return patterns;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
