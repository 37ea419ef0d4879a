/**
 * How much of the site the offline worker keeps on this visitor's device (issue 12). Pure, so the
 * page (which reads the connection) and the worker (which is given it) share one rule, and
 * tests/unit/offline-plan.test.ts checks it. See docs/decisions/008-hardening.md.
 *
 * - `visited`: Save-Data on, or a slow connection (2G, 3G): only the pages the visitor opens, from
 *   what the browser has already downloaded; nothing in the background.
 * - `own`: a metered connection (cellular), or a browser that does not say: the visitor's own
 *   service in their own language (on the start page, every step in their language).
 * - `all`: a fast connection the browser does not call metered: the visitor's own pages first,
 *   then everything else in both languages.
 * Anything more is on demand: the page offers to save the rest.
 *
 * With Save-Data on, a first visit downloads nothing for offline use, not even the worker's script
 * (`startsOnDemand`): the page says so and offers to save it. Once the visitor asked, or on a
 * later visit with the worker already installed, the `visited` plan applies. Save-Data also keeps
 * the answers from prefetching remedies whole (`prefetchesRemedies`).
 */
export type OfflinePlan = 'visited' | 'own' | 'all';

/** The parts of NetworkInformation (navigator.connection, Chromium only) the plan reads. */
export interface ConnectionHints {
  saveData?: boolean;
  effectiveType?: string;
  type?: string;
}

const slow = new Set(['slow-2g', '2g', '3g']);
const metered = new Set(['cellular', 'bluetooth', 'wimax']);

export function offlinePlan(connection: ConnectionHints | undefined): OfflinePlan {
  if (!connection) return 'own';
  if (connection.saveData) return 'visited';
  if (connection.effectiveType && slow.has(connection.effectiveType)) return 'visited';
  if (connection.type && metered.has(connection.type)) return 'own';
  if (connection.effectiveType !== '4g') return 'own';
  return 'all';
}

/** Save-Data asks for no download the visitor did not ask for: the worker waits for them. */
export function startsOnDemand(connection: ConnectionHints | undefined): boolean {
  return connection?.saveData === true;
}

/**
 * Whether an answer that leads to a remedy may prefetch it whole before it is tapped (remedies are
 * rendered on demand, so a few kB for each such answer in view). Not with Save-Data, for the same
 * reason: each tap then fetches its own step.
 */
export function prefetchesRemedies(connection: ConnectionHints | undefined): boolean {
  return connection?.saveData !== true;
}

/**
 * The pages to fetch for a plan, in order, the current page left out (it is kept first, from
 * what the browser already has). A page's language is its first segment, its service the second
 * when that is one of `services` (else the page belongs to no service: the start, the directory,
 * the calculator). Self-contained: it is serialised into the worker script.
 */
export function pagesToKeep(paths: readonly string[], current: string, plan: OfflinePlan, services: readonly string[]): string[] {
  if (plan === 'visited' || !paths.includes(current)) return [];
  const describe = (path: string) => {
    const [, locale = '', second = ''] = path.split('/');
    return { path, locale, service: services.includes(second) ? second : null };
  };
  const here = describe(current);
  const pages = paths.filter((p) => p !== current).map(describe);
  const own = pages.filter((p) => p.locale === here.locale && (here.service === null || p.service === null || p.service === here.service));
  if (plan === 'own') return own.map((p) => p.path);
  const ownPaths = new Set(own.map((p) => p.path));
  return [...own.map((p) => p.path), ...pages.filter((p) => !ownPaths.has(p.path)).map((p) => p.path)];
}
