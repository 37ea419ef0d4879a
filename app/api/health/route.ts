import { getRecorder } from '@/lib/outcomes/recorder';

/**
 * `GET /api/health`: whether the outcomes database answers (asked now, 2 s at most), how many
 * events were dropped since the process started and how many wait in memory, and the flow version.
 * 200 when the site can record (or recording is off), 503 when the database is down: pages are
 * served either way.
 */
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const health = await getRecorder().check();
  return Response.json(health, { status: health.database === 'down' ? 503 : 200, headers: { 'Cache-Control': 'no-store' } });
}
