/** A phrase found in a text: which phrase, where, and the value the caller attached to it. */
export interface PhraseMatch<T> {
  value: T;
  phrase: string;
  start: number;
  end: number;
}

/** Finds lexicon phrases in text on word boundaries, longest first, without overlaps. */
export interface PhraseMatcher<T> {
  findAll(text: string): PhraseMatch<T>[];
}

function escape(phrase: string): string {
  // A space in a lexicon phrase stands for any run of white space or a hyphen ("per cent", "per-cent").
  return phrase
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('[\\s-]+');
}

/**
 * Compiles phrases into one alternation. Boundaries are letters and digits rather than `\b`, so
 * phrases that end in punctuation ("U.S.", "%") match too.
 */
export function phraseMatcher<T>(
  entries: readonly { phrase: string; value: T }[],
  caseSensitive = false,
): PhraseMatcher<T> {
  const sorted = [...entries]
    .filter((e) => e.phrase.trim() !== '')
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const byKey = new Map<string, T>();
  for (const e of sorted) {
    const key = caseSensitive ? e.phrase.trim() : e.phrase.trim().toLowerCase();
    if (!byKey.has(key.replace(/[\s-]+/gu, ' '))) byKey.set(key.replace(/[\s-]+/gu, ' '), e.value);
  }
  if (sorted.length === 0) return { findAll: () => [] };
  const source = `(?<![\\p{L}\\p{N}])(?:${sorted.map((e) => escape(e.phrase)).join('|')})(?![\\p{L}\\p{N}])`;
  const flags = caseSensitive ? 'gu' : 'giu';
  // One compiled pattern per matcher; each search starts it afresh and runs to the end.
  const re = new RegExp(source, flags);
  return {
    findAll(text: string) {
      const found: PhraseMatch<T>[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const written = caseSensitive ? m[0] : m[0].toLowerCase();
        const value = byKey.get(written.replace(/[\s-]+/gu, ' '));
        if (value !== undefined)
          found.push({ value, phrase: m[0], start: m.index, end: m.index + m[0].length });
      }
      return found;
    },
  };
}

/** A matcher for plain phrase lists, where the value is the phrase itself. */
export function wordList(phrases: readonly string[], caseSensitive = false): PhraseMatcher<string> {
  return phraseMatcher(
    phrases.map((phrase) => ({ phrase, value: phrase })),
    caseSensitive,
  );
}
