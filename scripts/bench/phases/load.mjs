// @ts-check
// Phase `load`: autocannon on a step page and the calculator, the blank page as a same-moment reference.
import { loadTest } from '../lib/load.mjs';
import { ms, num, table } from '../lib/format.mjs';
import { log } from '../lib/util.mjs';

/** @typedef {{ name: string } & Awaited<ReturnType<typeof loadTest>>} LoadRun */
/**
 * One load run, or why it was skipped.
 * @typedef {(LoadRun & { skipped?: undefined }) | { name: string, url: string, skipped: true, note: string }} LoadRow
 */

/** @param {import('./index.mjs').Results} results @returns {import('./index.mjs').Target} */
function loadTarget(results) {
  const t = { id: 'load', name: 'Zero errors under load', target: '0 (non-2xx + errors + timeouts)' };
  const runs = (results.load ?? []).flatMap((l) => (l.skipped ? [] : [l]));
  if (!runs.length) return { ...t, met: null, value: 'not measured in this run', cause: [] };
  const errors = runs.reduce((a, l) => a + l.errors, 0);
  const value = runs.map((l) => `${l.url}: ${l.errors} errors of ${l.totalRequests}`).join('; ');
  const cause = errors
    ? runs.filter((l) => l.errors).map((l) => `${l.url}: non-2xx ${l.non2xx} (${JSON.stringify(l.status)}), connection errors ${l.socketErrors}, timeouts (no answer within 10 s) ${l.timeouts}; latency p50 ${ms(l.latencyMs.p50)}, p99 ${ms(l.latencyMs.p99)}, max ${ms(l.latencyMs.max)}.`)
    : [];
  const ref = results.loadReference;
  if (errors && ref) {
    cause.push(
      `Reference at the same moment, the blank Next.js page on the same machine: ${num(ref.requestsPerSecond.mean)} req/s, p99 ${ms(ref.latencyMs.p99)}, ${ref.errors} errors (${ref.timeouts} timeouts). Load average during the load phase: ${(results.loadAverage?.load ?? []).join(' / ')} on ${results.machine.cpuCount} cores.`,
    );
  }
  return { ...t, met: errors === 0, value, cause };
}

/** @type {import('./index.mjs').Phase} */
export const loadPhase = {
  id: 'load',
  title: 'Load',
  needsBlank: true,
  async run(ctx) {
    const { app, blank, pages, results } = ctx;
    /** @type {LoadRow[]} */
    const rows = [];
    results.load = rows;
    for (const { name, pagePath } of [
      { name: 'step page', pagePath: '/ja/xm' },
      { name: 'calculator', pagePath: '/ja/calculator' },
    ]) {
      const p = pages.find((x) => x.path === pagePath);
      if (!p?.built) {
        rows.push({ name, url: pagePath, skipped: true, note: p?.note ?? 'not built in this run' });
        log(`load ${pagePath}: skipped (${p?.note})`);
        continue;
      }
      await app.ensure();
      log(`load ${pagePath}: autocannon 50 connections × 10 s`);
      const r = await loadTest({ url: app.origin + pagePath });
      rows.push({ name, ...r });
      log(`load ${pagePath}: ${r.requestsPerSecond.mean.toFixed(0)} req/s, p99 ${r.latencyMs.p99} ms, errors ${r.errors}`);
    }
    if (blank) {
      // Reference at the same moment: the blank Next.js page through the same `next start`.
      await blank.ensure();
      log('load blank page (reference): autocannon 50 connections × 10 s');
      const r = await loadTest({ url: `${blank.origin}/` });
      results.loadReference = { name: 'blank Next.js page', ...r };
      log(`load blank: ${r.requestsPerSecond.mean.toFixed(0)} req/s, p99 ${r.latencyMs.p99} ms, errors ${r.errors}`);
    }
  },
  targets: (results) => [loadTarget(results)],
  render(r) {
    if (!r.load) return [];
    const out = [];
    out.push('## Load (autocannon, 50 connections, 10 s, accept-encoding: gzip)');
    out.push('');
    out.push(
      table(
        ['Page', 'req/s (mean)', 'p50 latency', 'p99 latency', 'requests', 'errors (non-2xx + errors + timeouts)', 'encoding'],
        r.load.map((l) =>
          l.skipped
            ? [`${l.name} \`${l.url}\``, l.note, '', '', '', '', '']
            : [`${l.name} \`${l.url}\``, num(l.requestsPerSecond.mean, 0), ms(l.latencyMs.p50), ms(l.latencyMs.p99), String(l.totalRequests), `${l.errors} (${l.non2xx} + ${l.socketErrors} + ${l.timeouts})`, l.probeEncoding],
        ),
      ),
    );
    out.push('');
    if (r.loadReference) {
      const l = r.loadReference;
      out.push(`Reference, same conditions right after: blank Next.js page \`/\` ${num(l.requestsPerSecond.mean, 0)} req/s, p50 ${ms(l.latencyMs.p50)}, p99 ${ms(l.latencyMs.p99)}, ${l.errors} errors (${l.non2xx} + ${l.socketErrors} + ${l.timeouts}).`);
      out.push('');
    }
    out.push(`Load generator and server share the ${r.machine.cpuCount} cores (load average at the start of this phase: ${(r.loadAverage?.load ?? []).join(' / ')}): requests/s is a floor, not the server's capacity. A 3 s warm-up run precedes each measured run.`);
    out.push('');
    return out;
  },
};
