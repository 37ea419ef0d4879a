#!/usr/bin/env node
// @ts-check
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
import { findPages } from './lib/pages.mjs';
import { NextServer } from './lib/server.mjs';
import { elapsedSeconds, log, round } from './lib/util.mjs';
import { buildApp, buildBlank, buildStyledBlank } from './phases/build.mjs';
import { PHASES } from './phases/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmpDir = path.join(root, 'bench', 'tmp');
const blankDir = path.join(tmpDir, 'blank-app');
const styledBlankDir = path.join(tmpDir, 'blank-styled');
const buildLog = path.join(tmpDir, 'build.log');
const CHROME = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/**
 * The public address the bench builds and serves with (SITE_URL): the sitemap, which gives the
 * pages to measure, lists addresses only when it is set, and a production build has one. An
 * address set in the environment is kept.
 */
const SITE_URL = process.env.SITE_URL || 'https://bench.example';

/** @typedef {import('./lib/pages.mjs').Page} Page */

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
 * @property {NextServer | null} styledBlank the blank app's with a step page's stylesheet and text, when a selected phase needs it
 * @property {Page[]} pages every page of the sitemap, built or not
 * @property {Page[]} builtPages the pages that answered 200
 * @property {import('./phases/index.mjs').Results} results what ends up in results.json
 */

/** @type {NextServer[]} */
const servers = [];
async function stopServers() {
  await Promise.all(servers.map((s) => s.stop().catch(() => {})));
}

/** Phase 1: what the run is and what it was measured on. @param {ReturnType<typeof parseOptions>} opts */
function describeRun(opts) {
  log(`benchmark of ${root} — phases: ${opts.phases.join(', ')}${opts.partial ? ' (partial run: results go to bench/tmp/)' : ''}; SITE_URL=${SITE_URL}`);
  /** @type {import('./phases/index.mjs').Results} */
  const results = { ...environment(root, CHROME), loadAverage: {}, options: { ...opts.values, phases: opts.phases } };
  const { machine: m, versions: v } = results;
  log(`machine: ${m.cpuCount} × ${m.cpuModel}, ${m.memoryGB} GB; node ${v.node}, next ${v.next}, react ${v.react}, ${v.chromium}`);
  return results;
}

/** Phase 2: the app's build and the blank app's (when a selected phase needs it). */
async function build(/** @type {ReturnType<typeof parseOptions>} */ opts, /** @type {import('./phases/index.mjs').Results} */ results) {
  const skip = Boolean(opts.values['skip-build']);
  results.loadAverage.build = os.loadavg().map((v) => round(v, 1));
  results.build = await buildApp({ root, buildLog, skip });
  const needsBlank = PHASES.some((p) => p.needsBlank && opts.phases.includes(p.id));
  if (needsBlank) results.blankApp = await buildBlank({ root, dir: blankDir, buildLog, skip });
  if (PHASES.some((p) => p.needsStyledBlank && opts.phases.includes(p.id))) results.styledBlankApp = await buildStyledBlank({ root, dir: styledBlankDir, buildLog, skip });
}

/** Phase 3: `next start` for the app and the blank app. @param {import('./phases/index.mjs').Results} results */
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
  let styledBlank = null;
  if (results.styledBlankApp) {
    styledBlank = new NextServer({ name: 'blank-styled', dir: styledBlankDir, nextBin, logFile: path.join(tmpDir, 'server-blank-styled.log'), probe: '/' });
    servers.push(styledBlank);
    await styledBlank.start([app.port ?? 0, blank?.port ?? 0]);
  }
  return { app, blank, styledBlank };
}

/**
 * Phase 4: the pages to measure — every page of the sitemap, fetched once and classified; only
 * the types `--pages` names, when given.
 * @param {NextServer} app
 * @param {string | undefined} types
 */
async function listPages(app, types) {
  const all = await findPages(app.origin);
  const wanted = types?.split(',').map((t) => t.trim());
  const pages = wanted ? all.filter((p) => wanted.includes(p.type)) : all;
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const p of pages) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
  log(`pages: ${pages.length} in the sitemap (${[...counts].map(([t, n]) => `${n} ${t}`).join(', ')})`);
  for (const p of pages.filter((x) => !x.built)) log(`page ${p.path}: ${p.note}`);
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
async function finish(/** @type {ReturnType<typeof parseOptions>} */ opts, /** @type {import('./phases/index.mjs').Results} */ results) {
  results.loadAverage.end = os.loadavg().map((v) => round(v, 1));
  results.serverRestarts = Object.fromEntries(servers.map((s) => [s.name, s.restarts]));
  await stopServers();
  if (!opts.values['keep-tmp']) for (const dir of [blankDir, styledBlankDir]) rmSync(dir, { recursive: true, force: true });
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
  // The build reads SITE_URL and so does `next start` (run with this environment).
  process.env.SITE_URL = SITE_URL;
  // Outcomes the phases cause (pages visited in a browser) go to a database of the run's own.
  process.env.OUTCOMES_DATA_DIR ??= path.join(tmpDir, 'outcomes-app');
  const results = describeRun(opts);
  await build(opts, results);
  const { app, blank, styledBlank } = await startServers(results);
  const pages = await listPages(app, typeof opts.values.pages === 'string' ? opts.values.pages : undefined);
  results.pages = pages;
  /** @type {Context} */
  const ctx = { root, tmpDir, buildLog, chromePath: CHROME, options: opts.values, app, blank, styledBlank, pages, builtPages: pages.filter((p) => p.built), results };
  await measure(ctx, opts.phases);
  await finish(opts, results);
}

main().catch(async (error) => {
  console.error(error);
  await stopServers();
  process.exit(1);
});
