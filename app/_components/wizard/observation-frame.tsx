import type { ObservationText } from '@/content/schema';
import type { Tone } from '@/lib/describe-checks';
import type { Check } from '@/machines/login-wizard';

/**
 * The markup of "What we checked" (no hooks: the server renders it while the checks load, the
 * live checks in `client/live-checks.tsx` fill it in).
 */

/** The checks shown in this frame: the service's status page has its own section. */
export type BrowserCheck = Exclude<Check, 'status'>;
export const browserChecks = (checks: readonly Check[]): BrowserCheck[] => checks.filter((c): c is BrowserCheck => c !== 'status');

const toneClass: Record<Tone, string> = {
  neutral: 'text-calm-800',
  good: 'text-ok-700',
  warn: 'text-warn-700',
  bad: 'text-danger-700',
};

export function Item({
  label,
  raw,
  conclusion,
  tone = 'neutral',
  children,
}: {
  label: string;
  raw: React.ReactNode;
  conclusion?: string;
  tone?: Tone;
  children?: React.ReactNode;
}) {
  return (
    <div className="grid gap-1 border-t border-calm-100 pt-3 first:border-0 first:pt-0">
      <dt className="text-sm font-semibold text-calm-600">{label}</dt>
      <dd className="grid gap-1">
        <span>{raw}</span>
        {conclusion ? <strong className={`font-semibold ${toneClass[tone]}`}>{conclusion}</strong> : null}
        {children}
      </dd>
    </div>
  );
}

export function Frame({ text, children, ref }: { text: ObservationText; children: React.ReactNode; ref?: React.Ref<HTMLElement> }) {
  return (
    <section ref={ref} aria-labelledby="observations-heading" className="js-only grid gap-3 rounded-xl border border-calm-100 bg-white p-4 print:hidden">
      <h2 id="observations-heading" className="text-base font-semibold">
        {text.heading}
      </h2>
      <p className="text-sm text-calm-600">{text.intro}</p>
      {children}
      <p className="text-xs text-calm-600">{text.privacy}</p>
    </section>
  );
}

export const checkLabel = (text: ObservationText, check: BrowserCheck): string =>
  ({
    connection: text.online.label,
    speed: text.speed.label,
    browser: text.browser.label,
    storage: text.storage.label,
    clock: text.clock.label,
    marketHours: text.marketHours.label,
  })[check];

/** The frame with every check still "checking" (hidden when scripting is off). */
export function ObservationsPending({ checks, text, ref }: { checks: BrowserCheck[]; text: ObservationText; ref?: React.Ref<HTMLElement> }) {
  return (
    <Frame text={text} ref={ref}>
      <dl className="grid gap-3">
        {checks.map((check) => (
          <Item key={check} label={checkLabel(text, check)} raw={text.checking} />
        ))}
      </dl>
    </Frame>
  );
}

export const statusToneClass = toneClass;
