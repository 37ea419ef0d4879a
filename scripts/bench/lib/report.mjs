// @ts-check
// bench/RESULTS.md: the run's header, the targets (met / missed, with causes), then each phase's
// own section (scripts/bench/phases/) and the build.
import { renderBuild } from '../phases/build.mjs';
import { PHASES } from '../phases/index.mjs';
import { status, table } from './format.mjs';

/** Every phase's targets, judged on the results (a phase that did not run gives "not measured"). @param {any} results */
export function evaluateTargets(results) {
  return PHASES.flatMap((p) => p.targets?.(results) ?? []);
}

/** The run: when, what, on which machine; what was not built. @param {any} r */
function renderHeader(r) {
  const v = r.versions;
  const out = ['# Benchmark results', ''];
  out.push('Written by `npm run bench` (scripts/bench/run.mjs; what it measures and how: scripts/bench/README.md). Do not edit by hand: the next run overwrites it.');
  out.push('');
  out.push(`- **Date:** ${r.date} (run took ${r.durationSeconds} s)`);
  out.push(`- **Commit measured:** ${r.gitCommitMeasured ?? 'unknown'}`);
  out.push(`- **Machine:** ${r.machine.cpuCount} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB RAM, ${r.machine.os}${r.machine.japaneseFonts == null ? '' : `, ${r.machine.japaneseFonts} Japanese font famil${r.machine.japaneseFonts === 1 ? 'y' : 'ies'} (fontconfig)`} (shared machine: figures are noisy, read medians and ratios)`);
  out.push(`- **Load average (1/5/15 min) at the start of each phase:** ${Object.entries(r.loadAverage ?? {}).map(([k, v]) => `${k} ${v.join('/')}`).join(' · ')}`);
  out.push(`- **Versions:** Node ${v.node}, Next.js ${v.next}, React ${v.react} (react-dom ${v.reactDom}), ${v.chromium}, Lighthouse ${v.lighthouse}, Playwright ${v.playwright}, autocannon ${v.autocannon}`);
  if (Object.values(r.serverRestarts ?? {}).some(Boolean)) {
    out.push(`- **Server restarts during the run** (a server disappeared and was started again): ${JSON.stringify(r.serverRestarts)}`);
  }
  const notBuilt = (r.pages ?? []).filter((/** @type {any} */ p) => !p.built);
  if (notBuilt.length) out.push(`- **Not built in this run:** ${notBuilt.map((/** @type {any} */ p) => `${p.path} (${p.status})`).join(', ')} — recorded, not failed.`);
  out.push('');
  return out;
}

/** The targets table and, for each missed one, its causes. @param {import('../phases/index.mjs').Target[]} targets */
function renderTargets(targets) {
  const out = ['## Targets', ''];
  out.push(table(['Target', 'Result', 'Status'], targets.map((t) => [t.name, t.value, status(t.met)])));
  out.push('');
  const missed = targets.filter((t) => t.met === false);
  if (!missed.length) return out;
  out.push('### Causes of the missed targets', '', "Read from this run's measurements (see the sections below for the figures).", '');
  for (const t of missed) {
    out.push(`**${t.name}**`, '');
    for (const line of t.cause) out.push(`- ${line}`);
    out.push('');
  }
  return out;
}

/** @param {any} r the results of the run */
export function renderMarkdown(r) {
  const sections = [renderHeader(r), renderTargets(r.targets), ...PHASES.map((p) => p.render?.(r) ?? []), renderBuild(r)];
  return `${sections.flat().join('\n')}\n`;
}
