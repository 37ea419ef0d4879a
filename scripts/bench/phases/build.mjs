// @ts-check
// Before the phases: `npm run build` from a clean .next (each `&&` part timed), and the blank
// Next.js reference app built with the same `next`. Not a phase of its own: every run needs a build.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildBlankApp, buildStyledBlankApp, STYLED_REFERENCE_PATH } from '../lib/blank-app.mjs';
import { num, table } from '../lib/format.mjs';
import { log, round, timedShell } from '../lib/util.mjs';

/**
 * @param {object} o
 * @param {string} o.root
 * @param {string} o.buildLog
 * @param {boolean} o.skip --skip-build
 */
export async function buildApp({ root, buildLog, skip }) {
  writeFileSync(buildLog, '');
  if (skip) return { skipped: true, note: 'run with --skip-build: the existing .next was measured' };
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  rmSync(path.join(root, '.next'), { recursive: true, force: true });
  const parts = pkg.scripts.build.split('&&').map((/** @type {string} */ s) => s.trim());
  log(`build: npm run build = ${parts.join(' && ')} (clean .next; output in bench/tmp/build.log)`);
  const timings = [];
  for (const command of parts) {
    const { seconds, tail } = await timedShell(command, { cwd: root, logFile: buildLog });
    const compiled = /Compiled successfully in ([\d.]+)(m?s)/.exec(tail);
    timings.push({ command, seconds: round(seconds, 2), ...(compiled ? { nextReportedCompileSeconds: Number(compiled[1]) / (compiled[2] === 'ms' ? 1000 : 1) } : {}) });
    log(`build: ${command} took ${seconds.toFixed(1)} s`);
  }
  return {
    command: `npm run build (${pkg.scripts.build})`,
    clean: true,
    nextBuildSeconds: timings[0]?.seconds ?? null,
    totalSeconds: round(timings.reduce((a, t) => a + (t.seconds ?? 0), 0), 2),
    steps: timings,
  };
}

/**
 * The blank reference app: built unless --skip-build finds one already built.
 * @param {object} o
 * @param {string} o.root
 * @param {string} o.dir
 * @param {string} o.buildLog
 * @param {boolean} o.skip --skip-build
 */
export async function buildBlank({ root, dir, buildLog, skip }) {
  if (skip && existsSync(path.join(dir, '.next', 'BUILD_ID'))) return { dir: path.relative(root, dir), reused: true };
  log('blank app: generating and building bench/tmp/blank-app with the same node_modules/.bin/next');
  const built = await buildBlankApp({ root, dir, logFile: buildLog });
  log(`blank app: built in ${built.buildSeconds.toFixed(1)} s`);
  return built;
}

/**
 * The second reference (the blank app with a step page's stylesheet and text), made from the app's
 * build: built unless --skip-build finds one already built.
 * @param {object} o
 * @param {string} o.root
 * @param {string} o.dir
 * @param {string} o.buildLog
 * @param {boolean} o.skip --skip-build
 */
export async function buildStyledBlank({ root, dir, buildLog, skip }) {
  const pagePath = STYLED_REFERENCE_PATH;
  if (skip && existsSync(path.join(dir, '.next', 'BUILD_ID'))) return { dir: path.relative(root, dir), pagePath, reused: true };
  log(`blank app with ${pagePath}'s stylesheet and text: generating and building ${path.relative(root, dir)}`);
  const built = await buildStyledBlankApp({ root, dir, logFile: buildLog, pagePath });
  log(`blank app with ${pagePath}'s stylesheet and text: built in ${built.buildSeconds.toFixed(1)} s`);
  return { ...built, pagePath };
}

/** The build section of RESULTS.md. @param {any} r */
export function renderBuild(r) {
  if (!r.build) return [];
  const out = [];
  out.push('## Build');
  out.push('');
  if (r.build.skipped) out.push(r.build.note);
  else {
    out.push(`\`${r.build.command}\` from a clean \`.next\`: **next build ${num(r.build.nextBuildSeconds, 1)} s** wall, whole script ${num(r.build.totalSeconds, 1)} s.`);
    out.push('');
    out.push(table(['Command', 'Wall s', 'Next.js "Compiled successfully in"'], r.build.steps.map((/** @type {{ command: string, seconds: number, nextReportedCompileSeconds?: number }} */ s) => [`\`${s.command}\``, num(s.seconds, 1), s.nextReportedCompileSeconds ? `${s.nextReportedCompileSeconds} s` : '–'])));
  }
  if (r.blankApp?.buildSeconds) out.push(`\nBlank app build: ${num(r.blankApp.buildSeconds, 1)} s.`);
  if (r.styledBlankApp?.buildSeconds) out.push(`\nBlank app with ${r.styledBlankApp.pagePath}'s stylesheet and text, build: ${num(r.styledBlankApp.buildSeconds, 1)} s.`);
  out.push('');
  return out;
}
