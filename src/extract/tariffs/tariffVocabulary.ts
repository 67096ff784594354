import type { TariffStatus } from '../../index/schema.js';
import type { TariffLexicon } from '../../lexicon/tariffLexicon.js';
import { phraseMatcher, wordList, type PhraseMatcher } from './phraseMatcher.js';

export type KnownStatus = Exclude<TariffStatus, 'unknown'>;

/** The tariff lexicon compiled into matchers, once per lexicon object. */
export interface TariffVocabulary {
  subjects: PhraseMatcher<string>;
  /** Subjects plus the aliases trusted only in paraphrased copies. */
  paraphrasedSubjects: PhraseMatcher<string>;
  rate: RegExp;
  numberWords: Map<string, number>;
  tariffCues: PhraseMatcher<string>;
  notTariffCues: PhraseMatcher<string>;
  previousMarkers: PhraseMatcher<string>;
  status: PhraseMatcher<KnownStatus>;
  negations: RegExp;
  parties: PhraseMatcher<string>;
  labels: Map<string, string>;
}

const cache = new WeakMap<TariffLexicon, TariffVocabulary>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Compiles (and caches) the matchers the tariff extractors share. */
export function tariffVocabulary(lexicon: TariffLexicon): TariffVocabulary {
  const cached = cache.get(lexicon);
  if (cached) return cached;
  const aliases = lexicon.subjects.flatMap((s) => s.aliases.map((phrase) => ({ phrase, value: s.slug })));
  const loose = lexicon.subjects.flatMap((s) =>
    s.paraphrasedAliases.map((phrase) => ({ phrase, value: s.slug })),
  );
  const words = Object.keys(lexicon.numberWords)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const units = [...lexicon.units]
    .sort((a, b) => b.length - a.length)
    .map((u) => escapeRegExp(u).replace(/\s+/gu, '[\\s-]+'));
  // The number: digits with an optional decimal part, or spelled out ("twenty-five", "ten").
  const number = `(\\d+(?:\\.\\d+)?|(?:${words.join('|')})(?:[\\s-](?:${words.join('|')}))?)`;
  const rate = new RegExp(
    `(?<![\\p{L}\\p{N}.])${number}[\\s-]?(?:${units.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const statusEntries = (Object.entries(lexicon.status) as [KnownStatus, string[]][]).flatMap(
    ([status, cues]) => cues.map((phrase) => ({ phrase, value: status })),
  );
  const vocabulary: TariffVocabulary = {
    subjects: phraseMatcher(aliases),
    paraphrasedSubjects: phraseMatcher([...aliases, ...loose]),
    rate,
    numberWords: new Map(Object.entries(lexicon.numberWords).map(([w, n]) => [w.toLowerCase(), n])),
    tariffCues: wordList(lexicon.tariffCues),
    notTariffCues: wordList(lexicon.notTariffCues),
    previousMarkers: wordList(lexicon.previousMarkers),
    status: phraseMatcher(statusEntries),
    // A negation up to two words before a cue: "no deal", "did not impose", "not yet imposed".
    negations: new RegExp(
      `(?<![\\p{L}])(?:${lexicon.negations.map(escapeRegExp).join('|')})\\s+(?:[\\p{L}’'-]+\\s+)?$`,
      'iu',
    ),
    parties: phraseMatcher(
      lexicon.parties.flatMap((p) => p.aliases.map((phrase) => ({ phrase, value: p.name }))),
      true,
    ),
    labels: new Map(lexicon.subjects.map((s) => [s.slug, s.label])),
  };
  cache.set(lexicon, vocabulary);
  return vocabulary;
}
