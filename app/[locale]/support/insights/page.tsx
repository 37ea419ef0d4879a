import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { getMessages } from '@/content';
import type { InsightsText } from '@/content/schema';
import { isLocale, type Locale } from '@/lib/i18n';
import { insightsConfig, SESSION_COOKIE, verifySession } from '@/lib/insights-auth';
import { flowVersion } from '@/lib/outcomes/flow-version';
import { listVersions, loadInsights, resolveRange, type Insights, type InsightsRange, type StepStatistics, type VersionRow } from '@/lib/outcomes/insights';
import { getStore } from '@/lib/outcomes/store';
import { fill } from '@/lib/template';
import { requireStep, stepPath, steps, type StepId } from '@/machines/wizard-graph';
import { FlowMap } from '@/app/_components/support/flow-map';
import { PageHeading } from '@/app/_components/shared/page-heading';
import { HeadedSection } from '@/app/_components/shared/headed-section';

/**
 * The staff-only insights page (docs/decisions/011-flow-map-and-insights.md), rendered on demand
 * for every request (it reads the session cookie), so it gets the request's CSP nonce. Without a
 * configured password it explains how to set one; without a valid session it shows the sign-in
 * form and no data.
 */
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/support/insights'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const { insights } = getMessages(locale);
  return { title: insights.title, description: insights.description, robots: { index: false, follow: false } };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function InsightsPage({ params, searchParams }: PageProps<'/[locale]/support/insights'>) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  const { insights: text } = getMessages(locale);
  const config = insightsConfig();
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const signedIn = config ? verifySession(token, config.sessionKey) : false;

  return (
    <div className="grid gap-6">
      <header className="grid gap-3">
        <PageHeading>{text.title}</PageHeading>
        <p className="text-calm-600">{text.description}</p>
      </header>
      {!config ? (
        <NotConfigured text={text} />
      ) : !signedIn ? (
        <SignIn locale={locale} text={text} error={one(query.error)} />
      ) : (
        <Dashboard locale={locale} text={text} query={{ from: one(query.from), to: one(query.to), version: one(query.version) }} />
      )}
    </div>
  );
}

function NotConfigured({ text }: { text: InsightsText }) {
  return (
    <HeadedSection id="insights-setup" heading={text.notConfiguredHeading} className="grid gap-3 rounded-xl bg-warn-50 p-4">
      <p>{text.notConfiguredBody}</p>
      <ol className="ml-5 grid list-decimal gap-2">
        {text.notConfiguredSteps.map((step) => {
          const [before, after] = step.split('{command}');
          return (
            <li key={step}>
              {before}
              {after !== undefined && (
                <>
                  <code className="rounded bg-white px-1 font-mono text-sm">npm run insights:hash-password</code>
                  {after}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </HeadedSection>
  );
}

function SignIn({ locale, text, error }: { locale: Locale; text: InsightsText; error: string | undefined }) {
  return (
    <HeadedSection id="insights-sign-in" heading={text.signInHeading} className="grid gap-3 rounded-xl bg-white p-4 shadow-sm">
      <p className="text-sm text-calm-600">{text.signInIntro}</p>
      {error === 'wrong' && (
        <p role="alert" className="rounded-lg bg-danger-50 p-3 font-semibold text-danger-700">
          {text.wrongPassword}
        </p>
      )}
      <form method="post" action="/api/insights/session" className="grid gap-3">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="intent" value="signIn" />
        <label htmlFor="insights-password" className="font-semibold">
          {text.passwordLabel}
        </label>
        <input
          id="insights-password"
          name="password"
          type="password"
          required
          autoComplete="current-password"
          className="min-h-11 rounded-lg border border-calm-600 px-3"
        />
        <button type="submit" className="min-h-11 justify-self-start rounded-lg bg-brand-700 px-5 font-semibold text-white">
          {text.signIn}
        </button>
      </form>
    </HeadedSection>
  );
}

async function loadAll(range: InsightsRange): Promise<{ insights: Insights; versions: VersionRow[] } | undefined> {
  try {
    const store = await getStore();
    const shapes = steps.map((s) => ({ id: s.id, kind: s.meta.kind, answers: s.answers }));
    return { versions: await listVersions(store), insights: await loadInsights(store, range, shapes) };
  } catch {
    return undefined;
  }
}

async function Dashboard({ locale, text, query }: { locale: Locale; text: InsightsText; query: { from?: string; to?: string; version?: string } }) {
  const { ui, steps: texts } = getMessages(locale);
  const { range, problem } = resolveRange(query, flowVersion);
  const data = await loadAll(range);
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const shortOf = (id: string) => texts[requireStep(id as StepId).meta.content].short;
  const answerLabel = (stat: StepStatistics, token: string) => {
    const step = requireStep(stat.step as StepId);
    if (step.meta.kind === 'remedy') return token === 'fixed' ? ui.answerFixed : ui.answerNotFixed;
    return (texts[step.meta.content].answers as Record<string, string> | undefined)?.[token] ?? token;
  };
  const share = (s: { rate: number; count: number; of: number } | undefined) =>
    s ? fill(text.shareValue, { rate: percent.format(s.rate), count: number.format(s.count), of: number.format(s.of) }) : text.none;
  const exportQuery = new URLSearchParams({ from: range.from, to: range.to, version: range.flowVersion });

  const versions = [flowVersion, ...(data?.versions ?? []).map((v) => v.flowVersion).filter((v) => v !== flowVersion)];
  if (!versions.includes(range.flowVersion)) versions.push(range.flowVersion);

  const notes: Partial<Record<StepId, string[]>> = {};
  for (const stat of data?.insights.steps ?? []) {
    const lines = [fill(text.noteViews, { n: number.format(stat.views) })];
    if (stat.fixed) lines.push(fill(text.noteFixed, { rate: percent.format(stat.fixed.rate), n: number.format(stat.fixed.of) }));
    if (stat.dropOff) lines.push(fill(text.noteDropOff, { rate: percent.format(stat.dropOff.rate) }));
    notes[stat.step as StepId] = lines;
  }

  return (
    <>
      <form method="post" action="/api/insights/session" className="flex flex-wrap items-center gap-3">
        <p className="text-sm">{text.signedIn}</p>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="intent" value="signOut" />
        <button type="submit" className="min-h-11 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
          {text.signOut}
        </button>
      </form>

      <HeadedSection id="insights-filters" heading={text.filtersHeading} size="lg" className="grid gap-3 rounded-xl bg-white p-4 shadow-sm">
        {problem && (
          <p role="status" className="rounded-lg bg-warn-50 p-3 text-warn-700">
            {text[problem]}
          </p>
        )}
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="grid gap-1 text-sm font-semibold">
            {text.fromLabel}
            <input type="date" name="from" defaultValue={range.from} className="min-h-11 rounded-lg border border-calm-600 px-2 font-normal" />
          </label>
          <label className="grid gap-1 text-sm font-semibold">
            {text.toLabel}
            <input type="date" name="to" defaultValue={range.to} className="min-h-11 rounded-lg border border-calm-600 px-2 font-normal" />
          </label>
          <label className="grid gap-1 text-sm font-semibold">
            {text.versionLabel}
            <select name="version" defaultValue={range.flowVersion} className="min-h-11 rounded-lg border border-calm-600 px-2 font-normal">
              {versions.map((v) => {
                const row = data?.versions.find((r) => r.flowVersion === v);
                const label =
                  v === flowVersion
                    ? fill(text.currentVersion, { version: v })
                    : fill(text.otherVersion, { version: v, events: number.format(row?.events ?? 0), last: row ? row.last.toISOString().slice(0, 10) : text.none });
                return (
                  <option key={v} value={v}>
                    {label}
                  </option>
                );
              })}
            </select>
          </label>
          <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white">
            {text.apply}
          </button>
        </form>
      </HeadedSection>

      {!data ? (
        <p role="alert" className="rounded-lg bg-danger-50 p-3 font-semibold text-danger-700">
          {text.databaseDown}
        </p>
      ) : (
        <>
          <HeadedSection id="insights-summary" heading={text.summaryHeading}>
            <p>{fill(text.summaryRange, { from: range.from, to: range.to, version: range.flowVersion })}</p>
            <ul className="grid gap-1" data-insights-summary>
              <li data-summary="events">{fill(text.summaryEvents, { n: number.format(data.insights.events) })}</li>
              <li data-summary="visits">{fill(text.summaryVisits, { n: number.format(data.insights.visits) })}</li>
              {data.insights.endedAtContact && (
                <li data-summary="contact">
                  {fill(text.summaryContact, {
                    rate: percent.format(data.insights.endedAtContact.rate),
                    count: number.format(data.insights.endedAtContact.count),
                    of: number.format(data.insights.endedAtContact.of),
                  })}
                </li>
              )}
            </ul>
            {data.insights.events === 0 && <p>{text.noData}</p>}
            <p>
              <a href={`/${locale}/support/insights/export.csv?${exportQuery}`} download className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                {text.exportCsv}
              </a>
            </p>
          </HeadedSection>

          <HeadedSection id="insights-steps" heading={text.stepsHeading}>
            <div role="region" aria-labelledby="insights-steps-caption" tabIndex={0} className="overflow-x-auto rounded-xl bg-white shadow-sm">
              <table className="min-w-[56rem] text-left text-sm">
                <caption id="insights-steps-caption" className="p-2 text-left text-calm-600">
                  {text.tableRegionLabel}
                </caption>
                <thead>
                  <tr className="border-b border-calm-100">
                    <th scope="col" className="p-2">{text.columns.step}</th>
                    <th scope="col" className="p-2 text-right">{text.columns.views}</th>
                    <th scope="col" className="p-2">{text.columns.answers}</th>
                    <th scope="col" className="p-2">{text.columns.fixed}</th>
                    <th scope="col" className="p-2">{text.columns.dropOff}</th>
                    <th scope="col" className="p-2">{text.columns.contact}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.insights.steps.map((stat) => (
                    <tr key={stat.step} data-insights-step={stat.step} className="border-b border-calm-100 align-top">
                      <th scope="row" className="p-2 font-normal">
                        <a href={stepPath(locale, stat.step as StepId)} className="font-medium text-brand-800 underline underline-offset-2">
                          {shortOf(stat.step)}
                        </a>
                        <span className="block text-xs text-calm-600">{ui.stepKind[stat.kind as keyof typeof ui.stepKind]}</span>
                      </th>
                      <td className="p-2 text-right" data-cell="views">
                        {number.format(stat.views)}
                      </td>
                      <td className="p-2" data-cell="answers">
                        {Object.keys(stat.answers).length === 0 ? (
                          text.none
                        ) : (
                          <ul>
                            {Object.entries(stat.answers).map(([token, n]) => (
                              <li key={token} data-answer={token}>
                                {fill(text.answerValue, { answer: answerLabel(stat, token), n: number.format(n) })}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className="p-2" data-cell="fixed">
                        {stat.fixed
                          ? fill(text.fixedValue, {
                              rate: percent.format(stat.fixed.rate),
                              low: percent.format(stat.fixed.interval.low),
                              high: percent.format(stat.fixed.interval.high),
                              count: number.format(stat.fixed.count),
                              of: number.format(stat.fixed.of),
                            })
                          : text.none}
                      </td>
                      <td className="p-2" data-cell="drop-off">
                        {share(stat.dropOff)}
                      </td>
                      <td className="p-2" data-cell="contact">
                        {share(stat.endedAtContact)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </HeadedSection>

          <HeadedSection id="insights-paths" heading={text.pathsHeading}>
            {data.insights.paths.length === 0 ? (
              <p>{text.pathsEmpty}</p>
            ) : (
              <ol className="ml-5 grid list-decimal gap-2">
                {data.insights.paths.map((path) => (
                  <li key={path.steps.join(' ')} data-path={path.steps.join(' ')}>
                    {path.steps.map(shortOf).join(' → ')} <strong>{fill(text.pathVisits, { n: number.format(path.visits) })}</strong>
                  </li>
                ))}
              </ol>
            )}
          </HeadedSection>

          <HeadedSection id="insights-definitions" heading={text.definitionsHeading} size="lg" className="grid gap-2 text-sm">
            <dl className="grid gap-2">
              {text.definitions.map((d) => (
                <div key={d.term}>
                  <dt className="font-semibold">{d.term}</dt>
                  <dd>{d.text}</dd>
                </div>
              ))}
            </dl>
          </HeadedSection>

          <FlowMap locale={locale} notes={notes} id="insights-map" heading={text.mapHeading} intro={text.mapIntro} />
        </>
      )}
    </>
  );
}
