// @ts-check
// The benchmark's phases, in the order they run. A phase measures one thing and owns everything
// about it: its options, how it measures (`run`, which writes its part of `results`), its targets
// and its section of RESULTS.md. To add one: a file in this folder exporting a `Phase`, added to
// PHASES below (its `id` is the name `--only` takes), and a row in scripts/bench/README.md.
import { blockingPhase } from './blocking.mjs';
import { calculatorPhase } from './calculator.mjs';
import { firstVisitPhase } from './first-visit.mjs';
import { jsWeightPhase } from './js-weight.mjs';
import { keystrokesPhase } from './keystrokes.mjs';
import { lighthousePhase } from './lighthouse.mjs';
import { loadPhase } from './load.mjs';
import { outcomesPhase } from './outcomes.mjs';
import { stepChangePhase } from './step-change.mjs';

/**
 * @typedef {object} Target
 * @property {string} id
 * @property {string} name what is promised, as RESULTS.md shows it
 * @property {string} target the threshold
 * @property {boolean | null} met null = not measured in this run
 * @property {string} value the measured figure(s)
 * @property {string[]} cause for a missed target: why, read from the measurements
 * @property {unknown[]} [misses]
 */

/**
 * Everything a run records (bench/results.json). A phase writes its own field in `run` and reads
 * it back in `targets` and `render`; a new phase adds its field here.
 * @typedef {ReturnType<typeof import('../lib/environment.mjs').environment> & {
 *   loadAverage: Record<string, (number | null)[]>,
 *   options: Record<string, unknown>,
 *   build?: Awaited<ReturnType<typeof import('./build.mjs').buildApp>>,
 *   blankApp?: Awaited<ReturnType<typeof import('./build.mjs').buildBlank>>,
 *   styledBlankApp?: Awaited<ReturnType<typeof import('./build.mjs').buildStyledBlank>>,
 *   pages?: import('../lib/pages.mjs').Page[],
 *   jsWeight?: import('./js-weight.mjs').JsWeightResults,
 *   lighthouse?: import('./lighthouse.mjs').LighthouseResults,
 *   blocking?: import('./blocking.mjs').BlockingResults,
 *   stepChange?: import('./step-change.mjs').StepChangeResults,
 *   calculator?: import('./calculator.mjs').CalculatorResults,
 *   keystrokes?: import('./keystrokes.mjs').KeystrokeResults,
 *   load?: import('./load.mjs').LoadRow[],
 *   firstVisit?: import('./first-visit.mjs').FirstVisitResults,
 *   outcomes?: import('./outcomes.mjs').OutcomesResults,
 *   loadReference?: import('./load.mjs').LoadRun,
 *   serverRestarts?: Record<string, number>,
 *   targets?: Target[],
 *   durationSeconds?: number | null,
 * }} Results
 */

/**
 * @typedef {object} Phase
 * @property {string} id the name `--only` takes
 * @property {string} title
 * @property {boolean} [needsBlank] needs the blank Next.js app built and served
 * @property {boolean} [needsStyledBlank] needs the blank app with a step page's stylesheet and text built and served
 * @property {Record<string, import('../lib/options.mjs').OptionSpec>} [options] its command-line options
 * @property {(ctx: import('../run.mjs').Context) => Promise<void>} run measures; writes its part of ctx.results
 * @property {(results: Results) => Target[]} [targets] judged on the results (also when the phase did not run)
 * @property {(results: Results) => string[]} [render] its RESULTS.md section (lines), [] when it did not run
 */

/** @type {Phase[]} */
// `blocking` launches a fresh Chromium for each of its ~45 loads, so it runs after the step-change
// and keystroke timings rather than just before them (it left a 1-minute load average of 6.4 on 2
// cores at their start). The step change p50 still varies between runs (47–56 ms) in either order.
export const PHASES = [jsWeightPhase, lighthousePhase, stepChangePhase, calculatorPhase, keystrokesPhase, blockingPhase, loadPhase, firstVisitPhase, outcomesPhase];
