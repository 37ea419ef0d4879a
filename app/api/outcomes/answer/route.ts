import type { NextRequest } from 'next/server';
import { httpErrors } from '@/content/http-errors';
import { errorPage } from '@/lib/error-page';
import { mayRecord, readAnswerRequest, type AnswerRequest } from '@/lib/outcomes/answer-request';
import { getRateLimiter } from '@/lib/outcomes/ingest';
import { clientAddress } from '@/lib/outcomes/rate-limit';
import { recordEvents } from '@/lib/outcomes/recorder';

/**
 * The answer links of a page without JavaScript (lib/outcomes/answer-link.ts):
 * `GET /api/outcomes/answer?locale=ja&step=xm.frozenAccount&answer=notFixed` counts the answer
 * and the arrival at the next step, then sends the browser there (303). Checked against the
 * machine: anything else is a 400 page in the visitor's language. Not counted, but still
 * redirected: `DNT: 1`, `Sec-GPC: 1`, `OUTCOMES=off`, a prefetch, a HEAD request; a database that
 * is down or slow never stops the visitor either.
 */
export const dynamic = 'force-dynamic';

function redirect(found: Extract<AnswerRequest, { ok: true }>): Response {
  return new Response(null, {
    status: 303,
    // A path: the Host header cannot choose where it points.
    headers: { Location: found.location, 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' },
  });
}

function badRequest(request: NextRequest, found: Extract<AnswerRequest, { ok: false }>): Response {
  const text = httpErrors[found.locale];
  const html = errorPage({ locale: found.locale, siteName: text.siteName, title: text.badAnswerTitle, body: text.badAnswerBody, start: text.start });
  return new Response(request.method === 'HEAD' ? null : html, {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': found.locale, 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
  });
}

export function GET(request: NextRequest): Response {
  const found = readAnswerRequest(request.nextUrl.searchParams, request.headers.get('accept-language'));
  if (!found.ok) return badRequest(request, found);
  // The same limit per address as POST /api/outcomes (kept in memory only): past it the visitor
  // still goes on, uncounted.
  if (mayRecord(request.headers) && getRateLimiter().hit(clientAddress(request.headers))) {
    const { locale, step, answer, next } = found;
    // Buffered, never waits for the database; refused (and so not counted) while it is down.
    recordEvents([
      { kind: 'answer', step, answer, next, locale },
      { kind: 'view', step: next, locale },
    ]);
  }
  return redirect(found);
}

/** The same answer, never counted: a HEAD request is nobody following the link. */
export function HEAD(request: NextRequest): Response {
  const found = readAnswerRequest(request.nextUrl.searchParams, request.headers.get('accept-language'));
  return found.ok ? redirect(found) : badRequest(request, found);
}
