import type { BoilerplateLexicon } from '../lexicon/boilerplateLexicon.js';

/**
 * The outlet, for an article without front matter, from credits the text itself carries:
 * "(Bloomberg)", "© KYODO", "©2025 Bloomberg L.P.". Checked over the whole body, removed lines
 * included, because credits are exactly what the boilerplate pass takes out of the story.
 */
export function inferSource(body: string, lexicon: BoilerplateLexicon): string | null {
  let best: { name: string; index: number } | null = null;
  for (const outlet of lexicon.outlets) {
    const pattern = new RegExp(
      outlet.pattern.source,
      outlet.pattern.flags.includes('m') ? outlet.pattern.flags : `${outlet.pattern.flags}m`,
    );
    const m = pattern.exec(body);
    // The credit nearest the end wins: a wire credit at the foot names who wrote the story.
    if (m && (!best || m.index > best.index)) best = { name: outlet.name, index: m.index };
  }
  return best?.name ?? null;
}
