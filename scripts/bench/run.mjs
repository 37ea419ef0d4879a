#!/usr/bin/env node
// `npm run bench`: builds the production app, serves it with `next start` (compression on, as in
// production) beside a blank Next.js app built in the same run, runs the phases (scripts/bench/phases/)
// and writes bench/results.json and bench/RESULTS.md. See scripts/bench/README.md.
//
//   node scripts/bench/run.mjs --help     the options (a run with any option but --keep-tmp writes to bench/tmp/)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { environment } from './lib/environment.mjs';
import { parseOptions } from './lib/options.mjs';
import { evaluateTargets, renderMarkdown } from './lib/report.mjs';
import { get, NextServer } from './lib/server.mjs';
import { elapsedSeconds, log, round } from './lib/util.mjs';
import { buildApp, buildBlank } from './phases/build.mjs';
import { PHASES } from './phases/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmpDir = path.join(root, 'bench', 'tmp');
const blankDir = path.join(tmpDir, 'blank-app');
const buildLog = path.join(tmpDir, 'build.log');
const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LOCALES = ['ja', 'en'];
/** The page types; `stepPage` ones are judged against the step-page targets. */
const PAGE_TYPES = [
  { type: 'start', suffix: '', stepPage: true },
  { type: 'question', suffix: '/xm', stepPage: true },
  { type: 'remedy', suffix: '/xm/frozen-account', stepPage: true },
  { type: 'support', suffix: '/support', stepPage: false },
  { type: 'calculator', suffix: '/calculator', stepPage: false },
];

/**
 * @typedef {object} Page
 * @property {string} type
 * @property {string} locale
 * @property {string} path
 * @property {boolean} stepPage
 * @property {number} status
 * @property {boolean} built
 * @property {string} note
 */

/**
 * What every phase gets.
 * @typedef {object} Context
 * @property {string} root the project folder
 * @property {string} tmpDir bench/tmp (git-ignored)
 * @property {string} buildLog
 * @property {string} chromePath
 * @property {Record<string, string | boolean | undefined>} options the parsed command line
 * @property {NextServer} app the app's `next start`
 * @property {NextServer | null} blank the blank Next.js app's, when a selected phase needs it
 * @property {Page[]} pages every page measured, built or not
 * @property {Page[]} builtPages
 * @property {Record<string, any>} results what ends up in results.json
 */

/** @type {NextServer[]} */
const servers = [];
async function stopServers() {
  await Promise.all(servers.map((s) => s.stop().catch(() => {})));
}

/** Phase 1: what the run is and what it was measured on. @param {ReturnType<typeof parseOptions>} opts */
function describeRun(opts) {
  log(`benchmark of ${root} — phases: ${opts.phases.join(', ')}${opts.partial ? ' (partial run: results go to bench/tmp/)' : ''}`);
  const results = { ...environment(root, CHROME), loadAverage: /** @type {Record<string, (number | null)[]>} */ ({}), options: { ...opts.values, phases: opts.phases } };
  const { machine: m, versions: v } = results;
  log(`machine: ${m.cpuCount} × ${m.cpuModel}, ${m.memoryGB} GB; node ${v.node}, next ${v.next}, react ${v.react}, ${v.chromium}`);
  return results;
}

/** Phase 2: the app's build and the blank app's (when a selected phase needs it). */
async function build(/** @type {ReturnType<typeof parseOptions>} */ opts, /** @type {Record<string, any>} */ results) {
  const skip = Boolean(opts.values['skip-build']);
  results.loadAverage.build = os.loadavg().map((v) => round(v, 1));
  results.build = await buildApp({ root, buildLog, skip });
  const needsBlank = PHASES.some((p) => p.needsBlank && opts.phases.includes(p.id));
  if (needsBlank) results.blankApp = await buildBlank({ root, dir: blankDir, buildLog, skip });
}

/** Phase 3: `next start` for the app and the blank app. @param {Record<string, any>} results */
async function startServers(results) {
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const app = new NextServer({ name: 'app', dir: root, nextBin, logFile: path.join(tmpDir, 'server-app.log'), probe: '/ja' });
  servers.push(app);
  await app.start();
  let blank = null;
  if (results.blankApp) {
    blank = new NextServer({ name: 'blank', dir: blankDir, nextBin, logFile: path.join(tmpDir, 'server-blank.log'), probe: '/' });
    servers.push(blank);
    await blank.start([app.port ?? 0]);
  }
  return { app, blank };
}

/** Phase 4: the pages to measure, and which of them this build serves. @param {NextServer} app */
async function findPages(app) {
  /** @type {Page[]} */
  const pages = [];
  for (const t of PAGE_TYPES) {
    for (const locale of LOCALES) {
      const pagePath = `/${locale}${t.suffix}`;
      const res = await get(app.origin + pagePath, { 'accept-encoding': 'gzip' });
      const built = res.status === 200;
      pages.push({ type: t.type, locale, path: pagePath, stepPage: t.stepPage, status: res.status ?? 0, built, note: built ? '' : res.status === 404 ? 'not built in this run' : `answered ${res.status}` });
    }
  }
  for (const p of pages) log(`page ${p.path}: ${p.built ? 'ok' : p.note}`);
  return pages;
}

/** Phase 5: the selected phases, in order, each with the load average at its start. @param {Context} ctx @param {string[]} selected */
async function measure(ctx, selected) {
  for (const phase of PHASES) {
    if (!selected.includes(phase.id)) continue;
    ctx.results.loadAverage[phase.id] = os.loadavg().map((v) => round(v, 1));
    await phase.run(ctx);
  }
}

/** Phase 6: servers stopped, targets judged, results.json and RESULTS.md written. */
async function finish(/** @type {ReturnType<typeof parseOptions>} */ opts, /** @type {Record<string, any>} */ results) {
  results.loadAverage.end = os.loadavg().map((v) => round(v, 1));
  results.serverRestarts = Object.fromEntries(servers.map((s) => [s.name, s.restarts]));
  await stopServers();
  if (!opts.values['keep-tmp']) rmSync(blankDir, { recursive: true, force: true });
  results.targets = evaluateTargets(results);
  results.durationSeconds = round(elapsedSeconds(), 0);
  const outDir = opts.partial ? tmpDir : path.join(root, 'bench');
  const [jsonName, mdName] = opts.partial ? ['results.partial.json', 'RESULTS.partial.md'] : ['results.json', 'RESULTS.md'];
  writeFileSync(path.join(outDir, jsonName), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(outDir, mdName), renderMarkdown(results));
  log(`done in ${results.durationSeconds} s → ${path.relative(root, outDir)}/${jsonName}, ${mdName}`);
  for (const t of results.targets) log(`target ${t.met === null ? 'n/a   ' : t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value}`);
}

async function main() {
  const opts = parseOptions(process.argv.slice(2), PHASES);
  if (opts.values.help) {
    console.log(`node scripts/bench/run.mjs [options]\n\n${opts.help()}\n\nphases: ${PHASES.map((p) => p.id).join(', ')}`);
    return;
  }
  mkdirSync(tmpDir, { recursive: true });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, async () => {
      log(`${signal}: stopping the servers this run started`);
      await stopServers();
      process.exit(130);
    });
  }
  const results = describeRun(opts);
  await build(opts, results);
  const { app, blank } = await startServers(results);
  const pages = await findPages(app);
  results.pages = pages;
  /** @type {Context} */
  const ctx = { root, tmpDir, buildLog, chromePath: CHROME, options: opts.values, app, blank, pages, builtPages: pages.filter((p) => p.built), results };
  await measure(ctx, opts.phases);
  await finish(opts, results);
}

main().catch(async (error) => {
  console.error(error);
  await stopServers();
  process.exit(1);
});
