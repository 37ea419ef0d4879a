'use client';

import { useMachine } from '@xstate/react';
import Link from 'next/link';
import { useState } from 'react';
import type { ObservationText, ServiceStatusText } from '@/content/schema';
import { describeMarketHours, describeStatus } from '@/lib/describe-checks';
import { classifySpeed, clockIsOff, clockSkewMs, parseUserAgent, PROBE_BYTES } from '@/lib/observe';
import type { officialStatusPages } from '@/lib/official-sites';
import { fill } from '@/lib/template';
import type { CheckEnvironment } from '@/machines/checks/environment';
import { marketHoursMachine } from '@/machines/checks/market-hours';
import { probeMachine } from '@/machines/checks/probe';
import { serviceStatusMachine } from '@/machines/checks/service-status';
import { checkLabel, Frame, Item, statusToneClass, type BrowserCheck } from '../observation-frame';
import { stepHref, useCurrentTrail, useWizard } from './wizard-context';

/**
 * The live checks, loaded after the step is interactive (`checks-loader.tsx`). Each check is a
 * machine from `machines/checks/`, run here with `@xstate/react`; this file only turns their
 * states into words. They never answer for the user: a suggestion is a link the user may follow.
 */

function browserEnvironment(): CheckEnvironment {
  return {
    fetch: (input, init) => fetch(input, init),
    isOnline: () => navigator.onLine,
    now: () => Date.now(),
    elapsed: () => performance.now(),
    onConnectivity: (listener) => {
      const online = () => listener(true);
      const offline = () => listener(false);
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      };
    },
  };
}

interface DeviceInfo {
  ua: ReturnType<typeof parseUserAgent>;
  storageOk: boolean;
  effectiveType?: string;
  saveData?: boolean;
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

/** What the browser says about itself: read once, nothing to wait for. */
function readDevice(): DeviceInfo {
  const connection = (navigator as Navigator & { connection?: { effectiveType?: string; saveData?: boolean } }).connection;
  return { ua: parseUserAgent(navigator.userAgent), storageOk: storageWorks(), effectiveType: connection?.effectiveType, saveData: connection?.saveData };
}

/** A link to the answer a check suggests (the step it leads to, with the answers so far). */
function SuggestedAnswer({ answer, children }: { answer: string; children: React.ReactNode }) {
  const { flow, locale, step } = useWizard();
  const { tokens, origin } = useCurrentTrail();
  const nextStep = flow.steps[step]?.next[answer];
  if (!nextStep) return null;
  return (
    <Link
      className="mt-1 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 py-2 text-sm font-semibold text-white"
      href={stepHref(flow, locale, nextStep, [...tokens, answer], origin)}
    >
      {children}
    </Link>
  );
}

type ProbeSnapshot = ReturnType<typeof useMachine<typeof probeMachine>>[0];

function MarketHoursItem({ text }: { text: ObservationText }) {
  const [snapshot] = useMachine(marketHoursMachine, { input: { now: () => Date.now() } });
  const { at, week } = snapshot.context;
  const words = describeMarketHours(at, week, text.marketHours);
  return (
    <Item
      label={text.marketHours.label}
      raw={
        <>
          <span className="block">{words.now}</span>
          <span className="block">{words.state}</span>
        </>
      }
      conclusion={words.conclusion}
      tone={week.closed ? 'warn' : 'neutral'}
    >
      <span className="text-sm text-calm-600">{words.season}</span>
    </Item>
  );
}

function Items({ checks, text, suggestAnswer, probe }: { checks: BrowserCheck[]; text: ObservationText; suggestAnswer?: string; probe?: ProbeSnapshot }) {
  const [device] = useState(readDevice);
  const result = probe?.context.result;
  const offline = probe ? probe.matches('offline') || probe.matches('probeFailed') : false;
  const checking = !probe || probe.matches('starting') || probe.matches('checking');

  return checks.map((check) => {
    const label = checkLabel(text, check);
    switch (check) {
      case 'connection': {
        if (checking) return <Item key={check} label={label} raw={text.checking} />;
        const raw = probe!.matches('offline') ? text.online.offline : offline ? text.online.probeFailed : text.online.online;
        return (
          <Item key={check} label={label} raw={raw} conclusion={offline ? text.online.conclusionOffline : text.online.conclusionOnline} tone={offline ? 'bad' : 'good'}>
            {offline && suggestAnswer ? <SuggestedAnswer answer={suggestAnswer}>{text.suggestOffline}</SuggestedAnswer> : null}
          </Item>
        );
      }
      case 'speed': {
        // Offline: the connection item already says so, and there is no speed to measure.
        if (offline) return null;
        if (!result) return <Item key={check} label={label} raw={text.checking} />;
        const speed = classifySpeed({ probeMs: result.ms, effectiveType: device.effectiveType });
        const raw = [
          fill(text.speed.measured, { kb: PROBE_BYTES / 1024, ms: Math.round(result.ms) }),
          device.effectiveType ? fill(text.speed.networkInfo, { type: device.effectiveType }) : '',
          device.saveData ? text.speed.saveData : '',
        ]
          .filter(Boolean)
          .join(' ');
        return <Item key={check} label={label} raw={raw} conclusion={speed === 'slow' ? text.speed.slow : text.speed.fast} tone={speed === 'slow' ? 'bad' : 'good'} />;
      }
      case 'browser': {
        const { ua } = device;
        const raw = fill(text.browser.detected, { browser: text.browser.names[ua.browser], os: text.browser.osNames[ua.os] });
        const edgeOnWindows = ua.browser === 'edge' && ua.os === 'windows';
        const alternatives = ua.mobile ? text.browser.phoneAlternatives : text.browser.pcAlternatives;
        return (
          <Item key={check} label={label} raw={raw} conclusion={alternatives} tone={edgeOnWindows ? 'bad' : 'neutral'}>
            {edgeOnWindows ? <span className="text-danger-700">{text.browser.edgeWindows}</span> : null}
          </Item>
        );
      }
      case 'storage':
        return device.storageOk ? (
          <Item key={check} label={label} raw={text.storage.ok} tone="good" />
        ) : (
          <Item key={check} label={label} raw={text.storage.blocked} conclusion={text.storage.blockedAdvice} tone="bad" />
        );
      case 'clock': {
        if (offline) return <Item key={check} label={label} raw={text.clock.unavailable} />;
        if (!result) return <Item key={check} label={label} raw={text.checking} />;
        const skew = clockSkewMs({ serverDate: result.serverDate, sentAt: result.sentAt, receivedAt: result.receivedAt });
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
      }
      case 'marketHours':
        return <MarketHoursItem key={check} text={text} />;
    }
  });
}

/** The probe machine runs only on steps that need it (connection, speed, clock). */
function ItemsWithProbe(props: { checks: BrowserCheck[]; text: ObservationText; suggestAnswer?: string }) {
  const [probe] = useMachine(probeMachine, { input: browserEnvironment() });
  return <Items {...props} probe={probe} />;
}

/**
 * "What we checked": live observations for this step, each with the raw observation and a plain
 * conclusion. When the device is offline, the step's suggested answer is offered as a link.
 */
export function LiveObservations({ checks, text, suggestAnswer }: { checks: BrowserCheck[]; text: ObservationText; suggestAnswer?: string }) {
  const needsProbe = checks.some((c) => c === 'connection' || c === 'speed' || c === 'clock');
  return (
    <Frame text={text}>
      <dl className="grid gap-3" aria-live="polite">
        {needsProbe ? <ItemsWithProbe checks={checks} text={text} suggestAnswer={suggestAnswer} /> : <Items checks={checks} text={text} />}
      </dl>
    </Frame>
  );
}

/**
 * What the service's status page says, asked through this site. A reported outage offers the
 * step's outage answer as a link; "no problem" nudges toward the causes on the user's side;
 * anything else says it could not check (the status page's link is always next to it).
 */
export function LiveStatus({ service, text, suggestAnswer }: { service: keyof typeof officialStatusPages; text: ServiceStatusText; suggestAnswer?: string }) {
  const { locale } = useWizard();
  const [snapshot] = useMachine(serviceStatusMachine, { input: { env: browserEnvironment(), url: `/api/status/${service}` } });
  const { report, receivedAt, problem } = snapshot.context;

  let body: React.ReactNode;
  if (snapshot.matches('offline')) {
    body = <p>{text.offline}</p>;
  } else if (!report || (snapshot.matches('unavailable') && problem)) {
    body = <p>{snapshot.matches('unavailable') ? text.unavailable : text.checking}</p>;
  } else {
    const words = describeStatus(report, text, locale, receivedAt ?? 0);
    body = (
      <>
        {words.lines.map((line, index) => (
          <p key={`${index}:${line.text}`}>
            {line.text}
            {line.href ? (
              <>
                {' '}
                <a href={line.href} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" rel="noopener noreferrer">
                  {line.linkText}
                </a>
              </>
            ) : null}
          </p>
        ))}
        {words.conclusion ? <strong className={`font-semibold ${statusToneClass[words.tone]}`}>{words.conclusion}</strong> : null}
        {words.outage && suggestAnswer ? <SuggestedAnswer answer={suggestAnswer}>{text.suggestOutage}</SuggestedAnswer> : null}
      </>
    );
  }
  return (
    <div className="grid gap-2" aria-live="polite" data-status={snapshot.value as string}>
      {body}
      <p className="text-xs text-calm-600">{text.privacy}</p>
    </div>
  );
}
