/**
 * The answer links as the server renders them (what a browser without JavaScript follows): each
 * goes through the recording route, which counts the answer and redirects (303) to the next step.
 * With JavaScript the links are replaced, once hydrated, by the next step's own address and the
 * answer is counted by the page (lib/outcomes/client.ts): one count per answer either way.
 * Dependency-free: a client component builds these links.
 */

/** The recording route (app/api/outcomes/answer/route.ts); robots.txt disallows it. */
export const ANSWER_ROUTE = '/api/outcomes/answer';

/**
 * The fragment the recording route adds to the next step's address: "this arrival was counted
 * by the server". A page that loads with it (an answer clicked before the page was interactive)
 * does not count its view again, and drops the fragment from the address.
 */
export const COUNTED_FRAGMENT = 'counted';

export function answerRecordHref(locale: string, step: string, answer: string): string {
  const query = new URLSearchParams({ locale, step, answer });
  return `${ANSWER_ROUTE}?${query.toString()}`;
}
