import { passes } from '../eval/evaluation.js';
import { EVALUATIONS } from '../eval/evaluations.js';
import { runCli } from './runCli.js';

/** `npm run eval`: every evaluation's figures against their bars; exit 1 when one misses. */
runCli(() => {
  const verbose = process.argv.includes('--verbose');
  let failed = 0;
  for (const evaluation of EVALUATIONS) {
    const report = evaluation.run();
    console.log(`\n${report.name}`);
    for (const f of report.figures) {
      const ok = passes(f);
      if (!ok) failed++;
      const count = f.unit === 'count';
      const value = count ? String(f.value) : `${(f.value * 100).toFixed(1)}%`;
      const bar = count ? String(f.bar) : `${(f.bar * 100).toFixed(0)}%`;
      console.log(`  ${ok ? 'ok  ' : 'MISS'} ${f.label}: ${value} (bar ${f.atMost ? '≤' : '≥'} ${bar})`);
    }
    if (verbose || report.figures.some((f) => !passes(f)))
      for (const n of report.notes) console.log(`       ${n}`);
  }
  console.log(failed === 0 ? '\nAll figures meet their bars.' : `\n${failed} figure(s) below their bar.`);
  return failed === 0 ? 0 : 1;
});
