// @ts-check
// What the figures were measured on: machine, versions, commit.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { round } from './util.mjs';

/** @param {string} root @param {string} pkg */
function versionOf(root, pkg) {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** How many font families fontconfig has for Japanese (null where `fc-list` is missing). */
function japaneseFonts() {
  try {
    return execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter((line) => line.trim()).length;
  } catch {
    return null;
  }
}

/** @param {string} root @param {string} chromePath */
export function environment(root, chromePath) {
  let chromium = null;
  try {
    chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    chromium = `not runnable at ${chromePath}`;
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
      japaneseFonts: japaneseFonts(),
    },
    versions: {
      node: process.version,
      next: versionOf(root, 'next'),
      react: versionOf(root, 'react'),
      reactDom: versionOf(root, 'react-dom'),
      chromium,
      lighthouse: versionOf(root, 'lighthouse'),
      playwright: versionOf(root, 'playwright'),
      autocannon: versionOf(root, 'autocannon'),
      typescript: versionOf(root, 'typescript'),
    },
  };
}
