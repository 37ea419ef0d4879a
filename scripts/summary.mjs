// Reads the Vitest and Playwright JSON reports and prints one line:
// `total: N passed, N failed, N skipped`. A missing report counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function read(path, name) {
  if (!path || !existsSync(path)) {
    console.log(`${name}: no report at ${path}`);
    failed += 1;
    return undefined;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read(vitestPath, 'vitest');
if (vitest) {
  const p = vitest.numPassedTests ?? 0;
  // A file that fails to load has no failed test in it: count it as one failure.
  const f = vitest.numFailedTests || vitest.numFailedTestSuites || 0;
  const s = (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  console.log(`vitest: ${p} passed, ${vitest.numFailedTests ?? 0} failed, ${s} skipped (${vitest.numFailedTestSuites ?? 0} failed files)`);
  passed += p;
  failed += f;
  skipped += s;
}

const playwright = read(playwrightPath, 'playwright');
if (playwright) {
  const stats = playwright.stats ?? {};
  const p = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const f = (stats.unexpected ?? 0) + (playwright.errors?.length ?? 0);
  const s = stats.skipped ?? 0;
  console.log(`playwright: ${p} passed, ${f} failed, ${s} skipped`);
  passed += p;
  failed += f;
  skipped += s;
}

// One failed step per line (check.sh writes them so).
const failedSteps = (process.env.FAILED_STEPS ?? '').split('\n').filter((line) => line.trim());
if (failedSteps.length) {
  console.log(`failed steps: ${failedSteps.join(', ')}`);
  failed += failedSteps.length;
}

console.log(`total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
