import type { AttributionLexicon } from '../../lexicon/attributionLexicon.js';

/** The text with the lexicon's misspelt or paraphrased names ("White Home") put right. */
export function applyNameVariants(text: string, lex: AttributionLexicon): string {
  let out = text;
  for (const { variant, canonical } of lex.nameVariants)
    if (out.includes(variant)) out = out.split(variant).join(canonical);
  return out;
}
