import { bitmexStatus, bitmexSummaryUrl } from '@/lib/status/bitmex';

/**
 * `GET /api/status/bitmex`: BitMEX's status as a small normalised JSON (lib/status/report.ts),
 * read by this server from BitMEX's Statuspage summary with a 3 s timeout, kept for 60 s, the
 * last good reading served for up to 15 minutes when the source fails (docs/decisions/009-status-checks.md).
 * The browser only ever talks to this site. The request takes no parameters and nothing about
 * the visitor is stored or passed on.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const report = await bitmexStatus.get(bitmexSummaryUrl(process.env, request.headers));
  return Response.json(report, {
    headers: {
      // The server keeps the reading; no cache in between may serve an old one as new.
      'Cache-Control': 'no-store',
    },
  });
}
