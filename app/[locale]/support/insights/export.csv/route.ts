import type { NextRequest } from 'next/server';
import { getMessages } from '@/content';
import { isLocale } from '@/lib/i18n';
import { insightsConfig, SESSION_COOKIE, verifySession } from '@/lib/insights-auth';
import { flowVersion } from '@/lib/outcomes/flow-version';
import { insightsCsv, loadInsights, resolveRange } from '@/lib/outcomes/insights';
import { getStore } from '@/lib/outcomes/store';
import { requireStep, stepPath, steps, type StepId } from '@/machines/wizard-graph';

/**
 * `GET /{locale}/support/insights/export.csv?from=&to=&version=`: the insights page's numbers per
 * step as CSV (lib/outcomes/insights.ts), for a signed-in staff member only; without a valid
 * session 401 and no data.
 */
export const dynamic = 'force-dynamic';

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/support/insights/export.csv'>): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return text(404, 'Not found');
  const { insights: words, steps: texts } = getMessages(locale);
  const config = insightsConfig();
  if (!config || !verifySession(request.cookies.get(SESSION_COOKIE)?.value, config.sessionKey)) {
    return text(401, `${words.signInHeading}: /${locale}/support/insights`);
  }

  const search = request.nextUrl.searchParams;
  const { range } = resolveRange({ from: search.get('from') ?? undefined, to: search.get('to') ?? undefined, version: search.get('version') ?? undefined }, flowVersion);
  let csv: string;
  try {
    const store = await getStore();
    const insights = await loadInsights(store, range, steps.map((s) => ({ id: s.id, kind: s.meta.kind, answers: s.answers })));
    csv = insightsCsv(
      insights,
      (id) => texts[requireStep(id as StepId).meta.content].short,
      (id) => stepPath(locale, id as StepId),
    );
  } catch {
    return text(503, words.databaseDown, { 'Retry-After': '30' });
  }
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="insights-${range.flowVersion}-${range.from}-${range.to}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
