import type { TariffIndex } from './schema.js';

/** The lines `npm run index` prints after a build. */
export function summarize(index: TariffIndex, out: string, bytes: number): string {
  const lines = [
    `Wrote ${out} (${formatBytes(bytes)}): ${index.articles.length} articles, ${index.people.length} people, ` +
      `${index.quotes.length} quotes, ${index.tariffs.length} tariffs, ${index.deadlines.length} deadlines.`,
  ];
  const removed = index.articles.reduce((n, a) => n + a.removed.length, 0);
  if (removed > 0)
    lines.push(`Removed ${removed} boilerplate line(s); each is listed under its article's "removed".`);
  const byFile = new Map<string, string[]>();
  for (const w of index.warnings) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w.message]);
  if (byFile.size > 0) {
    lines.push(`${index.warnings.length} warning(s):`);
    for (const [file, messages] of byFile) for (const m of messages) lines.push(`  ${file}: ${m}`);
  }
  return lines.join('\n');
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
