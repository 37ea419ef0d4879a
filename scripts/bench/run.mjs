#!/usr/bin/env node
// `npm run bench`: builds the production app, serves it with `next start` (compression on, as in
// production) and measures JS weight (vs a blank Next.js app built in the same run), Lighthouse,
// step-change time, the margin calculator, the build time and load. Writes bench/results.json and
// bench/RESULTS.md. See scripts/bench/README.md.
//
// Options (for working on the benchmark itself; a partial run writes to bench/tmp/ instead):
//   --skip-build        reuse the existing .next (and bench/tmp/blank-app/.next when present)
//   --only=a,b          phases: js, lighthouse, steps, calc, keys, load, firstvisit
//   --firstvisit-paths=/ja,/en/xm  pages of the first-visit phase (default /ja and /en/xm/frozen-account)
//   --keys-per-field=N  keystrokes timed per calculator field and CPU rate (default 6)
//   --lh-runs=N         Lighthouse runs per page (default 3)
//   --steps=N           step changes to time (default 200)
//   --keep-tmp          keep bench/tmp/blank-app after the run
//   --recompute-path=P  time the input-recompute on page P instead of /ja/calculator (to test it)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBlankApp } from './lib/blank-app.mjs';
import { measureInputRecompute, measureKeystrokes, measureStepChanges } from './lib/browser.mjs';
import { measureFirstVisits } from './lib/first-visit.mjs';
import { measurePage, modulesBeyond, ScriptCache } from './lib/js-weight.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { loadTest } from './lib/load.mjs';
import { benchSimulateStopOut } from './lib/margin.mjs';
import { renderMarkdown, evaluateTargets } from './lib/report.mjs';
import { get, NextServer } from './lib/server.mjs';
import { elapsedSeconds, log, round, timedShell } from './lib/util.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const ALL_PHASES = ['js', 'lighthouse', 'steps', 'calc', 'keys', 'load', 'firstvisit'];
const phases = args.only ? String(args.only).split(',') : ALL_PHASES;
const partial =
  Boolean(args.only) || Boolean(args['skip-build']) || args['lh-runs'] !== undefined || args.steps !== undefined || args['keys-per-field'] !== undefined;
const KEYS_PER_FIELD = Number(args['keys-per-field'] ?? 6);
const LH_RUNS = Number(args['lh-runs'] ?? 3);
const STEP_CHANGES = Number(args.steps ?? 200);
const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LOCALES = ['ja', 'en'];
/** The page types; `stepPage` ones are judged against the JS target. */
const PAGE_TYPES = [
  { type: 'start', suffix: '', stepPage: true },
  { type: 'question', suffix: '/xm', stepPage: true },
  { type: 'remedy', suffix: '/xm/frozen-account', stepPage: true },
  { type: 'support', suffix: '/support', stepPage: false },
  { type: 'calculator', suffix: '/calculator', stepPage: false },
];

const tmpDir = path.join(root, 'bench', 'tmp');
const outDir = partial ? tmpDir : path.join(root, 'bench');
const blankDir = path.join(tmpDir, 'blank-app');
const buildLog = path.join(tmpDir, 'build.log');
mkdirSync(tmpDir, { recursive: true });

const servers = [];
async function stopServers() {
  await Promise.all(servers.map((s) => s.stop().catch(() => {})));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    log(`${signal}: stopping the servers this run started`);
    await stopServers();
    process.exit(130);
  });
}

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function environment() {
  let chromium = null;
  try {
    chromium = execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = `not runnable at ${CHROME}`;
  }
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    gitCommitMeasured: commit,
    machine: {
      cpuCount: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGB: round(os.totalmem() / 1024 ** 3, 1),
      loadAverageAtStart: os.loadavg().map((v) => round(v, 2)),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
    },
    versions: {
      node: process.version,
      next: versionOf('next'),
      react: versionOf('react'),
      reactDom: versionOf('react-dom'),
      chromium,
      lighthouse: versionOf('lighthouse'),
      playwright: versionOf('playwright'),
      autocannon: versionOf('autocannon'),
      typescript: versionOf('typescript'),
    },
  };
}

async function main() {
  log(`benchmark of ${root} — phases: ${phases.join(', ')}${partial ? ' (partial run: results go to bench/tmp/)' : ''}`);
  const results = { ...environment(), loadAverage: {}, options: { lighthouseRuns: LH_RUNS, stepChanges: STEP_CHANGES, phases } };
  log(`machine: ${results.machine.cpuCount} × ${results.machine.cpuModel}, ${results.machine.memoryGB} GB; node ${process.version}, next ${results.versions.next}, react ${results.versions.react}, ${results.versions.chromium}`);

  results.loadAverage['build'] = os.loadavg().map((v) => round(v, 1));
  // ── Build ────────────────────────────────────────────────────────────────────────────────────
  writeFileSync(buildLog, '');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  if (!args['skip-build']) {
    rmSync(path.join(root, '.next'), { recursive: true, force: true });
    const parts = pkg.scripts.build.split('&&').map((s) => s.trim());
    log(`build: npm run build = ${parts.join(' && ')} (clean .next; output in bench/tmp/build.log)`);
    const timings = [];
    for (const command of parts) {
      const { seconds, tail } = await timedShell(command, { cwd: root, logFile: buildLog });
      const compiled = /Compiled successfully in ([\d.]+)(m?s)/.exec(tail);
      timings.push({ command, seconds: round(seconds, 2), ...(compiled ? { nextReportedCompileSeconds: Number(compiled[1]) / (compiled[2] === 'ms' ? 1000 : 1) } : {}) });
      log(`build: ${command} took ${seconds.toFixed(1)} s`);
    }
    results.build = {
      command: `npm run build (${pkg.scripts.build})`,
      clean: true,
      nextBuildSeconds: timings[0].seconds,
      totalSeconds: round(timings.reduce((a, t) => a + t.seconds, 0), 2),
      steps: timings,
    };
  } else {
    results.build = { skipped: true, note: 'run with --skip-build: the existing .next was measured' };
  }
  if (phases.includes('js') || phases.includes('lighthouse') || phases.includes('load')) {
    if (!args['skip-build'] || !existsSync(path.join(blankDir, '.next', 'BUILD_ID'))) {
      log('blank app: generating and building bench/tmp/blank-app with the same node_modules/.bin/next');
      results.blankApp = await buildBlankApp({ root, dir: blankDir, logFile: buildLog });
      log(`blank app: built in ${results.blankApp.buildSeconds.toFixed(1)} s`);
    } else {
      results.blankApp = { dir: path.relative(root, blankDir), reused: true };
    }
  }

  // ── Servers ──────────────────────────────────────────────────────────────────────────────────
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const app = new NextServer({ name: 'app', dir: root, nextBin, logFile: path.join(tmpDir, 'server-app.log'), probe: '/ja' });
  servers.push(app);
  await app.start();
  let blank = null;
  if (results.blankApp) {
    blank = new NextServer({ name: 'blank', dir: blankDir, nextBin, logFile: path.join(tmpDir, 'server-blank.log'), probe: '/' });
    servers.push(blank);
    await blank.start([app.port]);
  }

  // ── Pages ────────────────────────────────────────────────────────────────────────────────────
  const pages = [];
  for (const t of PAGE_TYPES) {
    for (const locale of LOCALES) {
      const pagePath = `/${locale}${t.suffix}`;
      const res = await get(app.origin + pagePath, { 'accept-encoding': 'gzip' });
      const built = res.status === 200;
      pages.push({ type: t.type, locale, path: pagePath, stepPage: t.stepPage, status: res.status, built, note: built ? '' : res.status === 404 ? 'not built in this run' : `answered ${res.status}` });
    }
  }
  results.pages = pages;
  for (const p of pages) log(`page ${p.path}: ${p.built ? 'ok' : p.note}`);
  const builtPages = pages.filter((p) => p.built);

  results.loadAverage['js'] = os.loadavg().map((v) => round(v, 1));
  // ── JS weight ────────────────────────────────────────────────────────────────────────────────
  if (phases.includes('js')) {
    log('js weight: fetching the served HTML and its <script src> files');
    const cache = new ScriptCache();
    const blankPage = await measurePage(blank.origin, '/', cache);
    const rows = [];
    const beyond = new Map();
    for (const p of pages) {
      if (!p.built) {
        rows.push({ type: p.type, locale: p.locale, path: p.path, built: false, note: p.note });
        continue;
      }
      const m = await measurePage(app.origin, p.path, cache);
      for (const mod of modulesBeyond(m.modules, blankPage.modules)) {
        const e = beyond.get(mod.id) ?? { ...mod, pages: [] };
        e.pages.push(p.path);
        beyond.set(mod.id, e);
      }
      const rest = { ...m };
      delete rest.modules;
      rows.push({
        type: p.type,
        locale: p.locale,
        stepPage: p.stepPage,
        built: true,
        ...rest,
        vsBlank: {
          diffBytes: m.total.gzip9Bytes - blankPage.total.gzip9Bytes,
          ratio: round(m.total.gzip9Bytes / blankPage.total.gzip9Bytes, 3),
          servedDiffBytes: m.total.servedBytes - blankPage.total.servedBytes,
        },
      });
      log(`js weight ${p.path}: ${(m.total.gzip9Bytes / 1000).toFixed(1)} kB gzip-9 in ${m.total.files} files (blank ${(blankPage.total.gzip9Bytes / 1000).toFixed(1)} kB)`);
    }
    const blankRest = { ...blankPage };
    delete blankRest.modules;
    results.jsWeight = {
      method:
        'External <script src> files of the served HTML (nomodule excluded, each file once), each gzipped with zlib level 9 (the figure the target uses); "served" = bytes next start sent for accept-encoding: gzip (files < ~1 kB are sent uncompressed). 1 kB = 1000 bytes.',
      blank: blankRest,
      pages: rows,
      modulesBeyondBlank: [...beyond.values()].sort((a, b) => b.deltaGzip9Bytes - a.deltaGzip9Bytes),
    };
  }

  results.loadAverage['lighthouse'] = os.loadavg().map((v) => round(v, 1));
  // ── Lighthouse ───────────────────────────────────────────────────────────────────────────────
  if (phases.includes('lighthouse')) {
    const targets = builtPages.map((p) => ({ key: p.path, url: app.origin + p.path, server: app }));
    if (blank) targets.push({ key: 'blank', url: `${blank.origin}/`, server: blank });
    log(`lighthouse: ${targets.length} pages × ${LH_RUNS} runs (mobile, simulated throttling)`);
    const lh = await runLighthouse({ targets, runs: LH_RUNS, chromePath: CHROME });
    results.lighthouse = {
      method: `lighthouse ${results.versions.lighthouse} Node API, default config (mobile form factor, simulated throttling), ${LH_RUNS} runs per page interleaved, per-metric median; Chromium via chrome-launcher with --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`,
      pages: builtPages.map((p) => ({ type: p.type, locale: p.locale, path: p.path, ...lh[p.path] })),
      notBuilt: pages.filter((p) => !p.built).map((p) => p.path),
      blank: lh.blank ?? null,
    };
  }

  results.loadAverage['steps'] = os.loadavg().map((v) => round(v, 1));
  // ── Step change ──────────────────────────────────────────────────────────────────────────────
  if (phases.includes('steps')) {
    log(`step change: ${STEP_CHANGES} clicks through the wizard from /ja`);
    const sc = await measureStepChanges({ origin: app.origin, server: app, count: STEP_CHANGES, chromePath: CHROME });
    results.stepChange = {
      method:
        'Playwright (library) + headless Chromium, Pixel 7 emulation, no CPU throttling. Timed in the page: from the click event timeStamp to the frame after the MutationObserver saw the new step (article[data-step] changed, <h1> with text and checkVisibility()) — frameMs; domMs stops at the mutation. Answers chosen with a seeded PRNG; restart at /ja on a final step; the page settles (no request for 150 ms) before each click.',
      ...sc,
    };
    log(`step change: p50 ${sc.frameMs.p50?.toFixed(1)} ms, p95 ${sc.frameMs.p95?.toFixed(1)} ms over ${sc.count}`);
  }

  results.loadAverage['calc'] = os.loadavg().map((v) => round(v, 1));
  // ── Calculator ───────────────────────────────────────────────────────────────────────────────
  if (phases.includes('calc')) {
    log('calculator: simulateStopOut with 10 / 100 / 1,000 positions');
    results.calculator = { simulateStopOut: await benchSimulateStopOut({ root, logFile: buildLog }) };
    for (const c of results.calculator.simulateStopOut.cases) log(`simulateStopOut ${c.positions}: median ${c.perCallUs.p50.toFixed(2)} µs per call`);
    const calcPage = args['recompute-path']
      ? { path: String(args['recompute-path']), built: true }
      : pages.find((p) => p.type === 'calculator' && p.locale === 'ja');
    if (calcPage?.built) {
      log(`calculator: page recompute after one input change on ${calcPage.path}`);
      results.calculator.pageRecompute = await measureInputRecompute({ origin: app.origin, path: calcPage.path, chromePath: CHROME });
    } else {
      results.calculator.pageRecompute = { skipped: true, note: `${calcPage?.path ?? '/ja/calculator'}: ${calcPage?.note ?? 'not built in this run'}` };
    }
  }

  results.loadAverage['keys'] = os.loadavg().map((v) => round(v, 1));
  // ── Keystroke → next frame, every field of the calculator ────────────────────────────────────
  if (phases.includes('keys')) {
    const calcPage = args['recompute-path']
      ? { path: String(args['recompute-path']), built: true }
      : pages.find((p) => p.type === 'calculator' && p.locale === 'ja');
    if (calcPage?.built) {
      log(`keystrokes: every field of ${calcPage.path}, ${KEYS_PER_FIELD} keystrokes each, CPU throttling ×1 and ×4`);
      await app.ensure();
      results.keystrokes = {
        method:
          'Playwright (library) + headless Chromium, Pixel 7 emulation. Every <details> of <main> opened; every visible editable text field focused in turn (caret at the end) and given 2 warm-up + N timed keystrokes ("1" / Backspace alternately). Timed in the page: keydown timeStamp → requestAnimationFrame + setTimeout(0) registered in that keydown (the next frame). Once without CPU throttling and once with Emulation.setCPUThrottlingRate 4 (CDP), each after a fresh load. p50 over all keystrokes; worst field = the field with the highest median.',
        ...(await measureKeystrokes({ origin: app.origin, path: calcPage.path, chromePath: CHROME, perField: KEYS_PER_FIELD })),
      };
    } else {
      results.keystrokes = { skipped: true, note: `${calcPage?.path ?? '/ja/calculator'}: ${calcPage?.note ?? 'not built in this run'}` };
    }
  }

  results.loadAverage['load'] = os.loadavg().map((v) => round(v, 1));
  // ── Load ─────────────────────────────────────────────────────────────────────────────────────
  if (phases.includes('load')) {
    results.load = [];
    for (const [name, pagePath] of [
      ['step page', '/ja/xm'],
      ['calculator', '/ja/calculator'],
    ]) {
      const p = pages.find((x) => x.path === pagePath);
      if (!p?.built) {
        results.load.push({ name, url: pagePath, skipped: true, note: p?.note ?? 'not built in this run' });
        log(`load ${pagePath}: skipped (${p?.note})`);
        continue;
      }
      await app.ensure();
      log(`load ${pagePath}: autocannon 50 connections × 10 s`);
      const r = await loadTest({ url: app.origin + pagePath });
      results.load.push({ name, ...r });
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
  }

  results.loadAverage['firstvisit'] = os.loadavg().map((v) => round(v, 1));
  // ── First visit (bytes a new visitor downloads: page, worker script, background) ─────────────
  if (phases.includes('firstvisit')) {
    await app.ensure();
    const visitPaths = String(args['firstvisit-paths'] ?? '/ja,/en/xm/frozen-account').split(',');
    results.firstVisit = {
      method:
        'Playwright Chromium (Pixel 7), fresh profile per visit, through a forwarder counting every byte the server sends (headers and body as sent, gzip). Modes: service workers blocked (the page alone), allowed on a normal connection, allowed with Save-Data (DevTools data-saver override). A visit ends when the footer says what the worker kept (or 3 s without a request). 1 kB = 1000 bytes.',
      referenceBeforeIssue12: 'about 760 kB gzip in the background on any connection (issue 12, measured on the build before it)',
      visits: await measureFirstVisits({ chromePath: CHROME, origin: app.origin, paths: visitPaths }),
    };
    for (const v of results.firstVisit.visits) log(`first visit ${v.path} ${v.mode}: total ${(v.bytes.total / 1000).toFixed(1)} kB (page ${(v.bytes.page / 1000).toFixed(1)}, worker script ${(v.bytes.workerScript / 1000).toFixed(1)}, background ${(v.bytes.background / 1000).toFixed(1)}), plan ${v.plan}`);
  }

  results.loadAverage.end = os.loadavg().map((v) => round(v, 1));
  results.serverRestarts = Object.fromEntries(servers.map((s) => [s.name, s.restarts]));
  await stopServers();
  if (!args['keep-tmp']) rmSync(blankDir, { recursive: true, force: true });

  results.targets = evaluateTargets(results);
  results.durationSeconds = round(elapsedSeconds(), 0);
  writeFileSync(path.join(outDir, partial ? 'results.partial.json' : 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(outDir, partial ? 'RESULTS.partial.md' : 'RESULTS.md'), renderMarkdown(results));
  log(`done in ${results.durationSeconds} s → ${path.relative(root, outDir)}/${partial ? 'results.partial.json, RESULTS.partial.md' : 'results.json, RESULTS.md'}`);
  for (const t of results.targets) log(`target ${t.met === null ? 'n/a   ' : t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value}`);
}

main().catch(async (error) => {
  console.error(error);
  await stopServers();
  process.exit(1);
});
