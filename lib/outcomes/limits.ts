/**
 * The most events POST /api/outcomes takes in one request. Its own module, free of imports, so the
 * page's recorder (app/_components/wizard/client/outcomes.ts) can batch to it without bringing the
 * machine that lib/outcomes/events.ts checks events against into the browser.
 */
export const MAX_EVENTS_PER_REQUEST = 20;
