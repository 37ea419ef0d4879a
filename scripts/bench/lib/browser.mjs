// @ts-check
// Browser timings with Playwright's library API (the `playwright` package the e2e tests already use)
// in Debian's headless Chromium, JS on, emulating the e2e tests' phone (Pixel 7), no CPU throttling.
//
// Step change: walk the wizard by clicking answer links (a[data-answer], chosen with a seeded random
// generator), restarting at /ja when a step has no answers. Timed inside the page:
//   t0     = the click event's timeStamp (captured on window, before any handler of the page runs),
//   tDom   = the MutationObserver callback in which the new step's <h1> (article[data-step] changed)
//            is in the DOM with text and checkVisibility() true,
//   tFrame = a requestAnimationFrame + setTimeout(0) after tDom: the frame showing it has been
//            produced (the figure the target is judged on).
// Before each click the "frame floor" is taken too: requestAnimationFrame + setTimeout(0) with no
// work, i.e. what the machine's scheduling alone adds to any frame right now.
// Long animation frames (PerformanceObserver 'long-animation-frame') overlapping each change are
// kept with their scripts, to name what the main thread was busy with in slow changes.
// Before each click the page is left to settle (no request in flight for 150 ms), as for a person
// reading the step: Next.js has prefetched the answer links by then.
//
// Calculator recompute: one keystroke in a number field of /ja/calculator ('1' typed, then
// Backspace, alternately); t0 = the input event's timeStamp, tLast = the last DOM mutation in <main>
// of the burst it causes, tFrame = the frame after that mutation; a burst ends after 300 ms quiet.
import { chromium, devices } from 'playwright';
import { log, seededRandom, sleep, summary } from './util.mjs';

/**
 * What the page probes leave on `window` for the bench to await.
 * @typedef {Window & typeof globalThis & { __benchProbe?: Promise<any>, __benchKey?: Promise<{ t0: number, t1: number }> }} ProbeWindow
 */

const LAUNCH_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/** @param {string} chromePath */
async function openPage(chromePath) {
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: LAUNCH_ARGS });
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  /** `target`: the path of the step being opened; a request for its data during the change is a fetch at click time. */
  const state = { inflight: 0, lastActivity: Date.now(), measuring: false, target: '', navFetches: 0, documents: 0 };
  const done = () => {
    state.inflight = Math.max(0, state.inflight - 1);
    state.lastActivity = Date.now();
  };
  page.on('request', (req) => {
    state.inflight += 1;
    state.lastActivity = Date.now();
    if (!state.measuring) return;
    const h = req.headers();
    if (req.resourceType() === 'document') state.documents += 1;
    // The opened step's data, not a prefetch: it was not there when the answer was tapped. (Other
    // requests during the change are the new step prefetching its own answers.)
    else if (h.rsc === '1' && !h['next-router-prefetch'] && new URL(req.url()).pathname === state.target) state.navFetches += 1;
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { browser, page, state };
}

/**
 * Waits until no request has been in flight for `quietMs` (at most `maxMs`).
 * @param {{ inflight: number, lastActivity: number }} state
 */
async function settle(state, quietMs = 150, maxMs = 4000) {
  const end = Date.now() + maxMs;
  while (Date.now() < end) {
    if (state.inflight === 0 && Date.now() - state.lastActivity >= quietMs) return true;
    await sleep(25);
  }
  return false;
}

/** @param {import('playwright').Page} page */
async function hydrated(page) {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('main a[data-answer]') ?? document.querySelector('main h1');
      return !!el && Object.keys(el).some((k) => k.startsWith('__reactFiber'));
    },
    null,
    { timeout: 15_000 },
  );
}

/** Runs in the page: resolves `window.__benchProbe` once the next step is shown. */
function installStepProbe() {
  const oldStep = document.querySelector('main article[data-step]')?.getAttribute('data-step') ?? null;
  // Long animation frames (> 50 ms) during the change, with the scripts that ran in them.
  /** @type {any[]} */
  const frames = [];
  /** @type {PerformanceObserver | null} */
  let loaf = null;
  try {
    loaf = new PerformanceObserver((list) => frames.push(...list.getEntries()));
    loaf.observe({ type: 'long-animation-frame' });
  } catch {
    loaf = null;
  }
  const longFrames = (/** @type {number} */ t0, /** @type {number} */ t1) => {
    loaf?.takeRecords().forEach((e) => frames.push(e));
    loaf?.disconnect();
    return frames
      .filter((f) => f.startTime + f.duration > t0 && f.startTime < t1)
      .map((f) => ({
        duration: f.duration,
        blocking: f.blockingDuration,
        scripts: (f.scripts ?? []).map((/** @type {any} */ x) => ({ url: x.sourceURL, fn: x.sourceFunctionName, invoker: x.invoker, duration: x.duration })),
      }));
  };
  /** @type {ProbeWindow} */ (window).__benchProbe = new Promise((resolve, reject) => {
    /** @type {number | null} */
    let t0 = null;
    window.addEventListener(
      'click',
      (e) => {
        t0 = e.timeStamp;
      },
      { capture: true, once: true },
    );
    const ready = () => {
      const article = document.querySelector('main article[data-step]');
      const h1 = article?.querySelector('h1');
      return !!article && article.getAttribute('data-step') !== oldStep && !!h1 && (h1.textContent ?? '').trim() !== '' && h1.checkVisibility();
    };
    const observer = new MutationObserver(() => {
      const start = t0;
      if (start === null || !ready()) return;
      const tDom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      const step = document.querySelector('main article[data-step]')?.getAttribute('data-step') ?? null;
      requestAnimationFrame(() =>
        setTimeout(() => {
          const tFrame = performance.now();
          resolve({ t0: start, tDom, tFrame, from: oldStep, to: step, longFrames: longFrames(start, tFrame) });
        }, 0),
      );
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('new step not shown within 15 s'));
    }, 15_000);
  });
}

/**
 * @typedef {object} StepSample
 * @property {string | null} from
 * @property {string | null} to
 * @property {number} domMs
 * @property {number} frameMs
 * @property {number} navFetches
 * @property {number} floorMs
 * @property {{ duration: number, blocking: number, scripts: { url: string, fn: string, invoker: string, duration: number }[] }[]} longFrames
 */

/**
 * @param {{ origin: string, server: import('./server.mjs').NextServer, count: number, chromePath: string, startPath?: string, seed?: number }} o
 */
export async function measureStepChanges({ origin, server, count, chromePath, startPath = '/ja', seed = 20261121 }) {
  const rand = seededRandom(seed);
  const { browser, page, state } = await openPage(chromePath);
  /** @type {StepSample[]} */
  const samples = [];
  let restarts = 0;
  let fullPageLoads = 0;
  let failures = 0;
  const restart = async () => {
    await page.goto(origin + startPath, { waitUntil: 'load' });
    await hydrated(page);
    await settle(state);
  };
  try {
    await restart();
    while (samples.length < count) {
      if (failures > 20) throw new Error(`too many failed step changes (${failures})`);
      try {
        const links = page.locator('main a[data-answer]');
        const n = await links.count();
        if (n === 0) {
          restarts += 1;
          await restart();
          continue;
        }
        const link = links.nth(Math.floor(rand() * n));
        // The floor: how long the next frame takes to come on this machine right now, with no work.
        const floorMs = await page.evaluate(
          () =>
            new Promise((/** @type {(ms: number) => void} */ resolve) => {
              const t = performance.now();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0));
            }),
        );
        await page.evaluate(installStepProbe);
        state.target = new URL((await link.getAttribute('href')) ?? '', origin).pathname;
        state.navFetches = 0;
        state.documents = 0;
        state.measuring = true;
        await link.click();
        const r = await page.evaluate(() => /** @type {ProbeWindow} */ (window).__benchProbe);
        state.measuring = false;
        samples.push({
          from: r.from,
          to: r.to,
          domMs: r.tDom - r.t0,
          frameMs: r.tFrame - r.t0,
          navFetches: state.navFetches,
          floorMs,
          longFrames: r.longFrames,
        });
        if (samples.length % 50 === 0) log(`step change: ${samples.length}/${count}`);
        await settle(state);
      } catch (e) {
        const error = e instanceof Error ? e : new Error(String(e));
        state.measuring = false;
        // A click before hydration is a full page load (the probe's page is gone): not a sample.
        if (state.documents > 0 || /context was destroyed|navigation/i.test(error.message)) fullPageLoads += 1;
        else failures += 1;
        log(`step change not measured (${error.message.split('\n')[0]}): restarting at ${startPath}`);
        await server.ensure();
        restarts += 1;
        await restart();
      }
    }
  } finally {
    await browser.close();
  }
  // Where the main-thread time of long frames went, summed over all changes, by script file.
  /** @type {Map<string, number>} */
  const byScript = new Map();
  for (const s of samples) {
    for (const f of s.longFrames) {
      for (const x of f.scripts) {
        const key = `${(x.url || '(no url)').replace(/^https?:\/\/[^/]+/, '')} ${x.invoker ?? ''}`.trim();
        byScript.set(key, (byScript.get(key) ?? 0) + x.duration);
      }
    }
  }
  const frame = summary(samples.map((s) => s.frameMs));
  const dom = summary(samples.map((s) => s.domMs));
  return {
    count: samples.length,
    frameMs: frame,
    domMs: dom,
    frameFloorMs: summary(samples.map((s) => s.floorMs)),
    restartsAtStart: restarts,
    fullPageLoadsDiscarded: fullPageLoads,
    changesThatFetched: samples.filter((s) => s.navFetches > 0).length,
    distinctTransitions: new Set(samples.map((s) => `${s.from}→${s.to}`)).size,
    changesWithLongFrame: samples.filter((s) => s.longFrames.length > 0).length,
    longFrameScriptMs: [...byScript.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([script, ms]) => ({ script, ms: Math.round(ms) })),
    slowest: [...samples]
      .sort((a, b) => b.frameMs - a.frameMs)
      .slice(0, 5)
      .map((s) => ({ ...s, longFrames: s.longFrames.map((f) => ({ ...f, scripts: f.scripts.slice(0, 4) })) })),
    samples: samples.map((s) => [s.from, s.to, Math.round(s.frameMs * 10) / 10, Math.round(s.domMs * 10) / 10, Math.round(s.floorMs * 10) / 10, s.navFetches]),
    samplesColumns: ['from', 'to', 'frameMs', 'domMs', 'floorMs', 'navFetches'],
  };
}

/** Runs in the page: resolves `window.__benchProbe` once the burst of DOM changes after one input ends. */
function installInputProbe() {
  /** @type {ProbeWindow} */ (window).__benchProbe = new Promise((resolve, reject) => {
    /** @type {number | null} */
    let t0 = null;
    /** @type {number | null} */
    let tLast = null;
    /** @type {number | null} */
    let tFrame = null;
    let mutations = 0;
    const main = document.querySelector('main') ?? document.body;
    window.addEventListener(
      'input',
      (e) => {
        t0 = e.timeStamp;
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver((list) => {
      if (t0 === null) return;
      mutations += list.length;
      tLast = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          tFrame = performance.now();
        }, 0),
      );
    });
    observer.observe(main, { childList: true, subtree: true, characterData: true, attributes: true });
    const started = performance.now();
    const poll = setInterval(() => {
      const now = performance.now();
      const last = tFrame ?? tLast;
      if (t0 !== null && last !== null && tFrame !== null && now - last > 300) {
        clearInterval(poll);
        observer.disconnect();
        resolve({ t0, tLast, tFrame, mutations });
      } else if (now - started > 10_000) {
        clearInterval(poll);
        observer.disconnect();
        if (t0 !== null && tLast === null) resolve({ t0, tLast: null, tFrame: null, mutations: 0 });
        else reject(new Error('no input event within 10 s'));
      }
    }, 20);
  });
}

/** @param {{ origin: string, path: string, chromePath: string, runs?: number, warmup?: number }} o */
export async function measureInputRecompute({ origin, path, chromePath, runs = 40, warmup = 6 }) {
  const { browser, page, state } = await openPage(chromePath);
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    await hydrated(page).catch(() => {});
    await settle(state, 300);
    const candidates = [
      '[data-calculator="live"] input[inputmode="decimal"]:not([readonly])',
      '[data-calculator="live"] input:not([readonly]):not([type="hidden"])',
      'main input[inputmode="decimal"]:not([readonly])',
      'main input[type="number"]:not([readonly])',
      'main input[type="text"]:not([readonly]), main input[type="search"]:not([readonly]), main input:not([type]):not([readonly])',
    ];
    let input = null;
    let selector = null;
    for (const s of candidates) {
      const loc = page.locator(s).first();
      if ((await loc.count()) > 0 && (await loc.isVisible())) {
        input = loc;
        selector = s;
        break;
      }
    }
    if (!input) return { skipped: /** @type {const} */ (true), note: `no editable input found on ${path}` };
    const field = await input.evaluate((/** @type {HTMLInputElement} */ el) => ({
      id: el.id,
      label: (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 60),
      value: el.value,
    }));
    await input.click();
    await page.keyboard.press('End');
    /** @type {{ lastMutationMs: number, frameMs: number, mutations: number }[]} */
    const samples = [];
    for (let i = 0; i < runs + warmup; i++) {
      await page.evaluate(installInputProbe);
      await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
      const r = await page.evaluate(() => /** @type {ProbeWindow} */ (window).__benchProbe);
      if (i >= warmup && r.tLast !== null) samples.push({ lastMutationMs: r.tLast - r.t0, frameMs: r.tFrame - r.t0, mutations: r.mutations });
    }
    return {
      path,
      selector,
      field,
      keystrokes: runs,
      measured: samples.length,
      frameMs: summary(samples.map((s) => s.frameMs)),
      lastMutationMs: summary(samples.map((s) => s.lastMutationMs)),
      mutationsPerChange: summary(samples.map((s) => s.mutations)),
    };
  } finally {
    await browser.close();
  }
}

// Keystroke → next frame, per field of the calculator (what typing feels like).
// Every <details> in <main> is opened first so that no field is left out; then every visible,
// editable text field of <main> gets, in turn, the focus (caret at the end) and `warmup + perField`
// keystrokes ('1' and Backspace alternately, so the value ends as it began). Timed inside the page:
//   t0 = the keydown event's timeStamp (captured on window before the page's handlers),
//   t1 = requestAnimationFrame + setTimeout(0) registered in that keydown: the frame after the
//        keystroke has been produced (the input event and any synchronous render run before it;
//        work the page defers to later tasks does not hold it back, which is the point).
// The whole pass runs once per CPU throttling rate (Chrome DevTools Protocol
// Emulation.setCPUThrottlingRate: 1 = none, 4 = a mid-range phone), each after a fresh load.
// The "frame floor" (the same rAF + setTimeout with no keystroke) is taken before every field.
/** Runs in the page: resolves `window.__benchKey` at the frame after the next keydown. */
function installKeyProbe() {
  /** @type {ProbeWindow} */ (window).__benchKey = new Promise((resolve) => {
    window.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => resolve({ t0, t1: performance.now() }), 0));
      },
      { capture: true, once: true },
    );
  });
}

/** @param {{ origin: string, path: string, chromePath: string, rates?: number[], perField?: number, warmup?: number }} o */
export async function measureKeystrokes({ origin, path, chromePath, rates = [1, 4], perField = 6, warmup = 2 }) {
  const { browser, page, state } = await openPage(chromePath);
  /** @type {any[]} */
  const passes = [];
  try {
    const cdp = await page.context().newCDPSession(page);
    for (const rate of rates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForFunction(
        () => {
          const el = document.querySelector('main input:not([readonly]):not([disabled])');
          return !!el && !el.closest('fieldset:disabled') && Object.keys(el).some((k) => k.startsWith('__reactFiber'));
        },
        null,
        { timeout: 20_000 },
      );
      await settle(state, 300);
      const fields = await page.evaluate(() => {
        for (const d of document.querySelectorAll('main details')) /** @type {HTMLDetailsElement} */ (d).open = true;
        return [...document.querySelectorAll('main input:not([readonly]):not([disabled]):not([type="hidden"]):not([type="checkbox"]):not([type="radio"])')]
          .map((el) => /** @type {HTMLInputElement} */ (el))
          .filter((el) => el.id && !el.closest('fieldset:disabled') && el.checkVisibility())
          .map((el) => ({ id: el.id, label: (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 60) }));
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      /** @type {{ id: string, label: string, p50: number, max: number }[]} */
      const perFieldResults = [];
      /** @type {number[]} */
      const all = [];
      /** @type {number[]} */
      const floors = [];
      for (const f of fields) {
        const ok = await page.evaluate((id) => {
          const el = /** @type {HTMLInputElement | null} */ (document.getElementById(id));
          if (!el) return false;
          el.scrollIntoView({ block: 'center' });
          el.focus();
          const end = el.value.length;
          el.setSelectionRange?.(end, end);
          return document.activeElement === el;
        }, f.id);
        if (!ok) continue;
        floors.push(
          await page.evaluate(
            () =>
              new Promise((/** @type {(ms: number) => void} */ resolve) => {
                const t = performance.now();
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0));
              }),
          ),
        );
        /** @type {number[]} */
        const samples = [];
        for (let i = 0; i < warmup + perField; i++) {
          await page.evaluate(installKeyProbe);
          await page.keyboard.press(i % 2 === 0 ? '1' : 'Backspace');
          const r = await page.evaluate(() => /** @type {ProbeWindow} */ (window).__benchKey);
          if (i >= warmup && r) samples.push(r.t1 - r.t0);
        }
        const s = summary(samples);
        perFieldResults.push({ ...f, p50: s.p50 ?? NaN, max: s.max ?? NaN });
        all.push(...samples);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const worst = [...perFieldResults].sort((a, b) => b.p50 - a.p50)[0] ?? null;
      passes.push({
        cpuThrottlingRate: rate,
        fields: perFieldResults.length,
        keystrokes: all.length,
        frameMs: summary(all),
        frameFloorMs: summary(floors),
        worstField: worst,
        slowestFields: [...perFieldResults].sort((a, b) => b.p50 - a.p50).slice(0, 5),
        perField: perFieldResults.map((f) => [f.id, Math.round(f.p50 * 10) / 10, Math.round(f.max * 10) / 10]),
        perFieldColumns: ['id', 'p50Ms', 'maxMs'],
      });
      log(`keystrokes ×${rate} CPU: p50 ${summary(all).p50?.toFixed(1)} ms over ${perFieldResults.length} fields; worst field ${worst?.id} p50 ${worst?.p50?.toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
  }
  return { path, perField, warmup, passes };
}

/**
 * Main-thread blocking of one cold load at `rate`× CPU (Emulation.setCPUThrottlingRate, a mid-range
 * phone), as the browser itself observes it: a fresh Chromium, the Long Tasks API from the first
 * byte (buffered), `settleMs` after the load event for the work the page does once interactive.
 * blockingMs = Σ (duration − 50 ms) of the long tasks that start at or after the first contentful
 * paint (TBT's definition, over the whole observed window instead of up to a simulated TTI);
 * beforePaintMs the same sum over the long tasks that start before it (on a local server the
 * scripts can arrive, and the page hydrate, before the first paint: TBT leaves that work out).
 * @param {{ url: string, chromePath: string, rate: number, settleMs: number }} o
 */
export async function measureBlocking({ url, chromePath, rate, settleMs }) {
  const { browser, page } = await openPage(chromePath);
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(() => {
      const w = /** @type {Window & { __benchLongTasks?: [number, number][] }} */ (window);
      w.__benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__benchLongTasks?.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await sleep(settleMs);
    return await page.evaluate(() => {
      const tasks = /** @type {Window & { __benchLongTasks?: [number, number][] }} */ (window).__benchLongTasks ?? [];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const blocking = (/** @type {[number, number][]} */ list) => list.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
      const afterPaint = (/** @type {number} */ start) => fcp !== null && start >= fcp;
      return {
        fcpMs: fcp,
        blockingMs: blocking(tasks.filter(([start]) => afterPaint(start))),
        beforePaintMs: blocking(tasks.filter(([start]) => !afterPaint(start))),
        longestMs: tasks.reduce((max, [, d]) => Math.max(max, d), 0),
        longTasks: tasks.length,
      };
    });
  } finally {
    await browser.close();
  }
}
