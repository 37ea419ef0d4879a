'use client';

import { memo, type ReactNode } from 'react';
import { fill } from '@/lib/calculator/format';
import type { RecoveryView } from '@/lib/calculator/model';
import { useCalculator } from './context';
import { OfficialLink } from './data-source';
import { NumberField, Problem, Result, Results } from './fields';
import { SECTION_IDS, Section } from './section';

/** One way to raise the margin level: what it is and, above it, how much it needs. */
function Way({ heading, need, children }: { heading: string; need: string | null; children: ReactNode }) {
  return (
    <li className="grid gap-1 rounded-lg border border-calm-100 p-3 text-sm">
      <h3 className="text-base font-semibold">{heading}</h3>
      {need ? <p className="font-semibold tabular-nums">{need}</p> : null}
      {children}
    </li>
  );
}

/**
 * What a trader locked out of the platform can do now to raise the margin level, and how much
 * each way needs to reach the level they choose (from the account health figures).
 */
export const RecoverySection = memo(function RecoverySection({ view }: { view: RecoveryView }) {
  const { text, fmt } = useCalculator();
  const t = text.recovery;
  const { result, messages } = view;
  const money = (value: number) => fmt.money(value, view.currency);
  const open = result && !messages.includes('reached') ? result : null;
  const amount = open ? fill(t.amount, { amount: money(open.toAdd) }) : null;
  const closeNeed = !open
    ? null
    : messages.includes('closeAll')
      ? t.closeAll
      : fill(t.closeShare, { share: fmt.level(open.closeShare * 100), margin: money(open.marginAfterClose) });

  return (
    <Section id={SECTION_IDS.recovery} heading={t.heading} intro={<p>{t.intro}</p>}>
      <NumberField name="targetLevel" field={t.target} view={view.fields.targetLevel} />
      {messages.includes('needsHealth') ? <Problem>{t.needsHealth}</Problem> : null}
      {messages.includes('noMargin') ? <p className="text-sm">{t.noMargin}</p> : null}
      {result ? (
        <>
          <p className="text-sm">{fill(t.status, { level: fmt.percent(result.level), target: fmt.percent(result.target) })}</p>
          {messages.includes('reached') ? (
            <p className="font-semibold text-ok-700">{t.reached}</p>
          ) : (
            <Results label={text.common.results}>
              <Result term={t.toAdd} value={money(result.toAdd)} strong />
            </Results>
          )}
        </>
      ) : null}
      <ol className="grid gap-3">
        <Way heading={t.ways.deposit.heading} need={amount}>
          <p>{t.ways.deposit.text}</p>
          <ul className="list-disc pl-5">
            {t.ways.deposit.speeds.map((speed) => (
              <li key={speed}>{speed}</li>
            ))}
          </ul>
        </Way>
        <Way heading={t.ways.transfer.heading} need={amount}>
          <p>
            {t.ways.transfer.text}
            {result?.transferMinimum != null ? ` ${fill(t.transferMinimum, { minimum: fmt.money(result.transferMinimum, 'JPY') })}` : ''}
          </p>
        </Way>
        <Way heading={t.ways.points.heading} need={amount}>
          <p>{t.ways.points.text}</p>
        </Way>
        <Way heading={t.ways.partialClose.heading} need={closeNeed}>
          <p>{t.ways.partialClose.text}</p>
          <ul className="list-disc pl-5">
            {t.ways.partialClose.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </Way>
      </ol>
      <p className="text-sm">
        {t.memberPage} <OfficialLink />
      </p>
    </Section>
  );
});
