/**
 * The latency chart of BENCHMARKS.md as a hand-written SVG: p99 of each query kind and the median
 * of the naive baseline against corpus size, both axes logarithmic.
 */
import type { RunFigures } from './figures.js';
import { QUERY_KINDS } from './queries.js';
import { KIND_LABELS } from './report.js';

interface Series {
  label: string;
  color: string;
  dashed: boolean;
  points: { size: number; ms: number }[];
}

const WIDTH = 760;
const HEIGHT = 440;
const MARGIN = { left: 70, right: 210, top: 40, bottom: 50 };
const COLORS = ['#1f77b4', '#17becf', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b'];
/** The issue's p99 targets at 100,000 articles, drawn as reference lines. */
const TARGETS = [
  { ms: 5, label: 'autocomplete target' },
  { ms: 20, label: 'command target' },
];

export function renderChart(run: RunFigures): string {
  const series: Series[] = QUERY_KINDS.map((kind, i) => ({
    label: `${KIND_LABELS[kind]} p99`,
    color: COLORS[i % COLORS.length]!,
    dashed: false,
    points: run.sizes.flatMap((s) => {
      const k = s.kinds.find((x) => x.kind === kind);
      return k && k.latency.count > 0 ? [{ size: s.size, ms: k.latency.p99 }] : [];
    }),
  }));
  series.push({
    label: 'naive fuse.js p50',
    color: '#d62728',
    dashed: true,
    points: run.sizes.flatMap((s) => (s.baseline ? [{ size: s.size, ms: s.baseline.latency.p50 }] : [])),
  });
  const all = series.flatMap((s) => s.points).filter((p) => p.ms > 0);
  const sizes = run.sizes.map((s) => s.size);
  const [xMin, xMax] = decades(Math.min(...sizes), Math.max(...sizes));
  const values = all.map((p) => p.ms);
  const [yMin, yMax] = decades(Math.min(...values, TARGETS[0]!.ms), Math.max(...values, TARGETS[1]!.ms));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (v: number) => MARGIN.left + ((Math.log10(v) - xMin) / (xMax - xMin || 1)) * plotW;
  const y = (v: number) =>
    MARGIN.top + plotH - ((Math.log10(Math.max(v, 10 ** yMin)) - yMin) / (yMax - yMin || 1)) * plotH;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold">Query latency against corpus size (${escape(run.machine.node)}, ${run.machine.cores} cores, ${run.date.slice(0, 10)})</text>`,
  ];
  for (let d = yMin; d <= yMax; d++) {
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(10 ** d)}" y2="${y(10 ** d)}" stroke="#ddd"/>`,
    );
    out.push(
      `<text x="${MARGIN.left - 8}" y="${y(10 ** d) + 4}" text-anchor="end">${tick(10 ** d)} ms</text>`,
    );
  }
  for (const size of sizes) {
    out.push(
      `<line x1="${x(size)}" x2="${x(size)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#eee"/>`,
    );
    out.push(
      `<text x="${x(size)}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${size.toLocaleString('en-US')}</text>`,
    );
  }
  for (const t of TARGETS) {
    out.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y(t.ms)}" y2="${y(t.ms)}" stroke="#999" stroke-dasharray="2 3"/>`,
    );
    out.push(
      `<text x="${MARGIN.left + 4}" y="${y(t.ms) - 4}" fill="#666" font-size="10">${t.label} (${t.ms} ms p99)</text>`,
    );
  }
  out.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">articles (log scale)</text>`,
  );
  out.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
  );
  series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(
      `<polyline fill="none" stroke="${s.color}" stroke-width="2"${dash} points="${s.points.map((p) => `${x(p.size).toFixed(1)},${y(p.ms).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const p of s.points)
      out.push(`<circle cx="${x(p.size).toFixed(1)}" cy="${y(p.ms).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const ly = MARGIN.top + 10 + i * 20;
    out.push(
      `<line x1="${WIDTH - MARGIN.right + 15}" x2="${WIDTH - MARGIN.right + 40}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${dash}/>`,
    );
    out.push(`<text x="${WIDTH - MARGIN.right + 46}" y="${ly + 4}">${escape(s.label)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** The whole decades (as powers of ten) that hold [min, max]. */
function decades(min: number, max: number): [number, number] {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  return [lo, hi > lo ? hi : lo + 1];
}

function tick(v: number): string {
  return v >= 1 ? v.toLocaleString('en-US') : String(Number(v.toPrecision(1)));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
