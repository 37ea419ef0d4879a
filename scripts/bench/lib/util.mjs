// @ts-check
// Small helpers shared by the benchmark parts: logging, statistics, timed commands, free ports.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const started = Date.now();

/** Progress line with the elapsed time since the benchmark started. @param {...unknown} parts */
export function log(...parts) {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[bench ${s}s]`, ...parts);
}

export function elapsedSeconds() {
  return (Date.now() - started) / 1000;
}

/** The finite numbers of `values`, ascending. @param {readonly (number | null | undefined)[]} values @returns {number[]} */
export function sortNumbers(values) {
  return values.filter(/** @returns {v is number} */ (v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
}

/**
 * Median (mean of the two middle values for an even count); null for no values.
 * @param {readonly (number | null | undefined)[]} values
 * @returns {number | null}
 */
export function median(values) {
  const s = sortNumbers(values);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
}

/**
 * Nearest-rank percentile (p in 0..100); null for no values.
 * @param {readonly (number | null | undefined)[]} values
 * @param {number} p
 * @returns {number | null}
 */
export function percentile(values, p) {
  const s = sortNumbers(values);
  if (s.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1] ?? null;
}

/**
 * @typedef {object} Summary
 * @property {number} n
 * @property {number | null} min
 * @property {number | null} p50
 * @property {number | null} p95
 * @property {number | null} p99
 * @property {number | null} max
 * @property {number | null} mean
 */

/** @param {readonly (number | null | undefined)[]} values @returns {Summary} */
export function summary(values) {
  const s = sortNumbers(values);
  return {
    n: s.length,
    min: s[0] ?? null,
    p50: median(s),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s[s.length - 1] ?? null,
    mean: s.length ? s.reduce((a, b) => a + b, 0) / s.length : null,
  };
}

/** @param {unknown} value @param {number} [digits] @returns {number | null} */
export function round(value, digits = 1) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}


/**
 * Runs a shell command (like npm does for a package.json script: node_modules/.bin on PATH),
 * appends its output to `logFile`, and resolves with its wall time. Rejects on a non-zero exit.
 * @param {string} command
 * @param {{ cwd: string, logFile: string, env?: Record<string, string> }} o
 * @returns {Promise<{ seconds: number, tail: string }>}
 */
export function timedShell(command, { cwd, logFile, env = {} }) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`\n$ ${command}   (cwd ${cwd})\n`);
    const t0 = process.hrtime.bigint();
    const child = spawn('sh', ['-c', command], {
      cwd,
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        PATH: `${path.join(cwd, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      out.end();
      if (code === 0) resolve({ seconds, tail });
      else reject(new Error(`"${command}" exited with ${code}; see ${logFile}\n${tail}`));
    });
  });
}

/**
 * A port in [from, to] nobody listens on (checked by binding 127.0.0.1).
 * @param {number} [from]
 * @param {number} [to]
 * @param {number[]} [exclude]
 */
export async function freePort(from = 3410, to = 3499, exclude = []) {
  for (let port = from; port <= to; port++) {
    if (exclude.includes(port)) continue;
    const ok = await new Promise((/** @type {(ok: boolean) => void} */ resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`No free port in ${from}-${to}`);
}

/** @param {number} ms @returns {Promise<void>} */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Deterministic pseudo-random numbers (mulberry32), so runs pick the same answers. @param {number} [seed] @returns {() => number} */
export function seededRandom(seed = 42) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
