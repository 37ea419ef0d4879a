'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { ObservationText } from '@/content/schema';
import type { Check } from '@/machines/login-wizard';
import {
  classifySpeed,
  clockIsOff,
  clockSkewMs,
  parseUserAgent,
  PROBE_BYTES,
  PROBE_PATH,
  PROBE_TIMEOUT_MS,
  type UserAgentInfo,
} from '@/lib/observe';
import { fill } from '@/lib/template';
import { stepHref, useCurrentTrail, useWizard } from './wizard-context';

interface Probe {
  ok: boolean;
  ms?: number;
  serverDate?: string | null;
  sentAt?: number;
  receivedAt?: number;
}

interface Results {
  online?: boolean;
  probe?: Probe;
  ua?: UserAgentInfo;
  storageOk?: boolean;
  effectiveType?: string;
  saveData?: boolean;
}

/** One same-origin request: is the site reachable, how fast, and what time the server says. */
async function runProbe(): Promise<Probe> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  const sentAt = Date.now();
  const started = performance.now();
  try {
    const response = await fetch(`${PROBE_PATH}?t=${sentAt}`, { cache: 'no-store', signal: controller.signal });
    await response.arrayBuffer();
    return { ok: response.ok, ms: performance.now() - started, serverDate: response.headers.get('date'), sentAt, receivedAt: Date.now() };
  } catch {
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}

function storageWorks(): boolean {
  try {
    if (!navigator.cookieEnabled) return false;
    localStorage.setItem('__login_help_probe', '1');
    localStorage.removeItem('__login_help_probe');
    return true;
  } catch {
    return false;
  }
}

function Item({ label, raw, conclusion, tone = 'neutral', children }: { label: string; raw: string; conclusion?: string; tone?: 'neutral' | 'good' | 'bad'; children?: React.ReactNode }) {
  const toneClass = tone === 'bad' ? 'text-danger-700' : tone === 'good' ? 'text-ok-700' : 'text-calm-800';
  return (
    <div className="grid gap-1 border-t border-calm-100 pt-3 first:border-0 first:pt-0">
      <dt className="text-sm font-semibold text-calm-600">{label}</dt>
      <dd className="grid gap-1">
        <span>{raw}</span>
        {conclusion ? <strong className={`font-semibold ${toneClass}`}>{conclusion}</strong> : null}
        {children}
      </dd>
    </div>
  );
}

function Frame({ text, children }: { text: ObservationText; children: React.ReactNode }) {
  return (
    <section aria-labelledby="observations-heading" className="js-only grid gap-3 rounded-xl border border-calm-100 bg-white p-4 print:hidden">
      <h2 id="observations-heading" className="text-base font-semibold">
        {text.heading}
      </h2>
      <p className="text-sm text-calm-600">{text.intro}</p>
      {children}
      <p className="text-xs text-calm-600">{text.privacy}</p>
    </section>
  );
}

const checkLabel = (text: ObservationText, check: Check): string =>
  ({ connection: text.online.label, speed: text.speed.label, browser: text.browser.label, storage: text.storage.label, clock: text.clock.label })[check];

/** Server-rendered placeholder of the same shape (hidden when scripting is off). */
export function ObservationsPending({ checks, text }: { checks: Check[]; text: ObservationText }) {
  return (
    <Frame text={text}>
      <dl className="grid gap-3">
        {checks.map((check) => (
          <Item key={check} label={checkLabel(text, check)} raw={text.checking} />
        ))}
      </dl>
    </Frame>
  );
}

/**
 * "What we checked": live observations for this step, each with the raw observation and a plain
 * conclusion. They never answer for the user; when the device is offline, the step's suggested
 * answer is offered as a link.
 */
export function Observations({ checks, text, suggestAnswer }: { checks: Check[]; text: ObservationText; suggestAnswer?: string }) {
  const { flow, locale, step } = useWizard();
  const { tokens, origin } = useCurrentTrail();
  const [results, setResults] = useState<Results>({});
  const needsProbe = checks.some((c) => c === 'connection' || c === 'speed' || c === 'clock');

  useEffect(() => {
    let cancelled = false;
    const update = (patch: Results) => {
      if (!cancelled) setResults((r) => ({ ...r, ...patch }));
    };
    const connection = (navigator as Navigator & { connection?: { effectiveType?: string; saveData?: boolean } }).connection;
    const probeNow = () => {
      if (!needsProbe) return;
      if (!navigator.onLine) {
        update({ online: false, probe: { ok: false } });
        return;
      }
      void runProbe().then((probe) => update({ online: navigator.onLine, probe }));
    };
    queueMicrotask(() => {
      update({
        online: navigator.onLine,
        ua: parseUserAgent(navigator.userAgent),
        storageOk: storageWorks(),
        effectiveType: connection?.effectiveType,
        saveData: connection?.saveData,
      });
      probeNow();
    });
    const goOffline = () => update({ online: false, probe: { ok: false } });
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', probeNow);
    return () => {
      cancelled = true;
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', probeNow);
    };
  }, [needsProbe]);

  const { probe, ua } = results;
  const offline = results.online === false || (probe !== undefined && !probe.ok);
  const nextStep = suggestAnswer ? flow.steps[step]?.next[suggestAnswer] : undefined;

  const items = checks.map((check) => {
    const label = checkLabel(text, check);
    if (check === 'connection') {
      if (results.online === undefined || (results.online && !probe)) return <Item key={check} label={label} raw={text.checking} />;
      const raw = results.online === false ? text.online.offline : probe?.ok ? text.online.online : text.online.probeFailed;
      return (
        <Item key={check} label={label} raw={raw} conclusion={offline ? text.online.conclusionOffline : text.online.conclusionOnline} tone={offline ? 'bad' : 'good'}>
          {offline && nextStep && suggestAnswer ? (
            <Link
              className="mt-1 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 py-2 text-sm font-semibold text-white"
              href={stepHref(flow, locale, nextStep, [...tokens, suggestAnswer], origin)}
            >
              {text.suggestOffline}
            </Link>
          ) : null}
        </Item>
      );
    }
    if (check === 'speed') {
      // Offline: the connection item already says so, and there is no speed to measure.
      if (offline) return null;
      if (probe?.ms === undefined) return <Item key={check} label={label} raw={text.checking} />;
      const speed = classifySpeed({ probeMs: probe.ms, effectiveType: results.effectiveType });
      const raw = [
        fill(text.speed.measured, { kb: PROBE_BYTES / 1024, ms: Math.round(probe.ms) }),
        results.effectiveType ? fill(text.speed.networkInfo, { type: results.effectiveType }) : '',
        results.saveData ? text.speed.saveData : '',
      ]
        .filter(Boolean)
        .join(' ');
      return <Item key={check} label={label} raw={raw} conclusion={speed === 'slow' ? text.speed.slow : text.speed.fast} tone={speed === 'slow' ? 'bad' : 'good'} />;
    }
    if (check === 'browser') {
      if (!ua) return <Item key={check} label={label} raw={text.checking} />;
      const raw = fill(text.browser.detected, { browser: text.browser.names[ua.browser], os: text.browser.osNames[ua.os] });
      const edgeOnWindows = ua.browser === 'edge' && ua.os === 'windows';
      const alternatives = ua.mobile ? text.browser.phoneAlternatives : text.browser.pcAlternatives;
      return (
        <Item key={check} label={label} raw={raw} conclusion={alternatives} tone={edgeOnWindows ? 'bad' : 'neutral'}>
          {edgeOnWindows ? <span className="text-danger-700">{text.browser.edgeWindows}</span> : null}
        </Item>
      );
    }
    if (check === 'storage') {
      if (results.storageOk === undefined) return <Item key={check} label={label} raw={text.checking} />;
      return results.storageOk ? (
        <Item key={check} label={label} raw={text.storage.ok} tone="good" />
      ) : (
        <Item key={check} label={label} raw={text.storage.blocked} conclusion={text.storage.blockedAdvice} tone="bad" />
      );
    }
    // clock
    if (offline) return <Item key={check} label={label} raw={text.clock.unavailable} />;
    if (!probe) return <Item key={check} label={label} raw={text.checking} />;
    const skew = clockSkewMs({ serverDate: probe.serverDate ?? null, sentAt: probe.sentAt ?? 0, receivedAt: probe.receivedAt ?? 0 });
    if (skew === undefined) return <Item key={check} label={label} raw={text.clock.unavailable} />;
    const raw = fill(text.clock.measured, { seconds: Math.round(Math.abs(skew) / 1000), direction: skew >= 0 ? text.clock.ahead : text.clock.behind });
    if (!clockIsOff(skew)) return <Item key={check} label={label} raw={raw} conclusion={text.clock.ok} tone="good" />;
    return (
      <Item key={check} label={label} raw={raw} conclusion={text.clock.off} tone="bad">
        <span>{text.clock.howTo}</span>
        <ul className="list-disc pl-5 text-sm">
          {(['android', 'ios', 'windows', 'macos'] as const).map((platform) => (
            <li key={platform}>{text.clock.platforms[platform]}</li>
          ))}
        </ul>
      </Item>
    );
  });

  return (
    <Frame text={text}>
      <dl className="grid gap-3" aria-live="polite">
        {items}
      </dl>
    </Frame>
  );
}
