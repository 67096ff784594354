/** One measured figure with the bar it must meet. */
export interface Figure {
  label: string;
  value: number;
  /** The lowest acceptable value (for rates, 0 to 1), or the highest when `atMost` is set. */
  bar: number;
  atMost?: boolean;
  /** `share` (0 to 1, printed as a percentage, the default) or `count` (printed as a number). */
  unit?: 'share' | 'count';
}

export interface EvalReport {
  name: string;
  figures: Figure[];
  /** Details worth reading when a figure misses its bar: missed and wrong items. */
  notes: string[];
}

/** An evaluation of the extractors against a hand-labelled gold file. */
export interface Evaluation {
  name: string;
  run(): EvalReport;
}

export function passes(figure: Figure): boolean {
  return figure.atMost ? figure.value <= figure.bar : figure.value >= figure.bar;
}
