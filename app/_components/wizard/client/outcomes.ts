import { COUNTED_FRAGMENT } from '@/lib/outcomes/answer-link';
import { MAX_EVENTS_PER_REQUEST } from '@/lib/outcomes/limits';

/**
 * What the page tells the server about the wizard's use (issue 10; what is recorded and why:
 * /{locale}/privacy, docs/decisions/006). Small on purpose: no dependency.
 * Events wait in this page's memory until the browser is idle (at most a second), so an answer and
 * the view of the step it leads to travel in one POST that never delays the change of step; they
 * are sent at once when the page is hidden or left. Plain `fetch`, not `keepalive` or `sendBeacon`:
 * the page stays open while answers change step client-side, and Chromium over CDP never reports
 * keepalive requests as finished, which would hang tools that wait for the network to be idle.
 */
export interface OutcomeEventInput {
  kind: 'view' | 'answer' | 'copied';
  step: string;
  answer?: string;
  next?: string;
  locale: string;
}

let visit: string | undefined;

/** A random UUID (v4) for this visit, in this page's memory only: a reload makes a new one. */
function visitKey(): string {
  if (!visit) {
    // getRandomValues works on plain HTTP too, where crypto.randomUUID does not exist.
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    visit = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return visit;
}

/** The browser asks not to be tracked: Global Privacy Control or Do Not Track. */
export function trackingRefused(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return nav.globalPrivacyControl === true || nav.doNotTrack === '1';
}

function ignore(): void {
  // A lost event costs one count, never the page: nothing to tell the user.
}

/** How long an event may wait for the browser to be idle. */
const IDLE_TIMEOUT_MS = 1000;

let waiting: (OutcomeEventInput & { visit: string })[] = [];
let scheduled = false;
let listening = false;

/** Sends what waits, in as few POSTs as the endpoint allows. */
function flush(): void {
  scheduled = false;
  const events = waiting;
  waiting = [];
  for (let i = 0; i < events.length; i += MAX_EVENTS_PER_REQUEST) {
    fetch('/api/outcomes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: events.slice(i, i + MAX_EVENTS_PER_REQUEST) }),
    }).then(ignore, ignore);
  }
}

function flushWhenHidden(): void {
  if (document.visibilityState === 'hidden') flush();
}

function schedule(): void {
  if (!listening) {
    listening = true;
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
  }
  if (scheduled) return;
  scheduled = true;
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
  else window.setTimeout(flush, IDLE_TIMEOUT_MS / 4);
}

export function recordOutcome(event: OutcomeEventInput): void {
  if (trackingRefused()) return;
  waiting.push({ ...event, visit: visitKey() });
  schedule();
}

/**
 * A step was shown. When the page was reached through the recording route (an answer followed
 * before the page was interactive, `#counted`), the server has counted this arrival already: the
 * mark is dropped from the address and nothing is sent.
 */
export function recordView(step: string, locale: string): void {
  if (window.location.hash === `#${COUNTED_FRAGMENT}`) {
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return;
  }
  recordOutcome({ kind: 'view', step, locale });
}
