/**
 * The measurement behind the choice of full-text structure: opening the paragraph index the
 * builder stored, building it at load instead, and what MiniSearch (the general-purpose engine
 * it replaced) takes to build, or to load from its own serialised JSON.
 */
import MiniSearch from 'minisearch';
import { performance } from 'node:perf_hooks';
import type { TariffIndex } from '../src/index/schema.js';
import { createPassageSearch } from '../src/query/passageSearch.js';
import { createTokenizer } from '../src/query/passageIndex.js';

export interface StructureFigures {
  paragraphs: number;
  storedOpenMs: number;
  buildAtLoadMs: number;
  miniSearchBuildMs: number;
  /** JSON.parse of its serialised form plus MiniSearch.loadJS. */
  miniSearchLoadMs: number;
  miniSearchJsonBytes: number;
}

/** Past this many paragraphs the comparison takes minutes and is skipped. */
export const MAX_COMPARED_PARAGRAPHS = 200_000;

export function compareStructures(index: TariffIndex, stopwords: readonly string[]): StructureFigures | null {
  const docs = index.articles
    .flatMap((a) => a.paragraphs.map((p) => p.text))
    .map((text, id) => ({ id, text }));
  if (docs.length > MAX_COMPARED_PARAGRAPHS) return null;
  const time = (run: () => void) => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const storedOpenMs = time(() => createPassageSearch(index, stopwords));
  const buildAtLoadMs = time(() => createPassageSearch({ ...index, search: undefined }, stopwords));

  const tokenizer = createTokenizer(stopwords);
  const options = {
    fields: ['text'],
    tokenize: (text: string) => [text],
    processTerm: (text: string) => tokenizer.terms(text),
  };
  let mini: MiniSearch | undefined;
  const miniSearchBuildMs = time(() => {
    mini = new MiniSearch(options);
    mini.addAll(docs);
  });
  const json = JSON.stringify(mini);
  const miniSearchLoadMs = time(() =>
    MiniSearch.loadJS(JSON.parse(json) as ReturnType<MiniSearch['toJSON']>, options),
  );
  return {
    paragraphs: docs.length,
    storedOpenMs,
    buildAtLoadMs,
    miniSearchBuildMs,
    miniSearchLoadMs,
    miniSearchJsonBytes: Buffer.byteLength(json),
  };
}
