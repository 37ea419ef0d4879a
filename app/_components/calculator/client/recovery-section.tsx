'use client';

import { memo } from 'react';
import { fill } from '@/lib/calculator/format';
import type { RecoveryView } from '@/lib/calculator/model';
import { useCalculator } from './context';
import { OfficialLink } from './data-source';
import { NumberField, Problem, Result, Results } from './fields';
import { SECTION_IDS, Section } from './section';

/**
 * What a trader locked out of the platform can do now to raise the margin level, and how much
 * each way needs to reach the level they choose (from the account health figures).
 */
export const RecoverySection = memo(function RecoverySection({ view }: { view: RecoveryView }) {
  const { text, fmt } = useCalculator();
  const t = text.recovery;
  const { result, messages } = view;
  const money = (value: number) => fmt.money(value, view.currency);
  const amount = result && !messages.includes('reached') ? fill(t.amount, { amount: money(result.toAdd) }) : null;

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
        <li className="grid gap-1 rounded-lg border border-calm-100 p-3 text-sm">
          <h3 className="text-base font-semibold">{t.ways.deposit.heading}</h3>
          {amount ? <p className="font-semibold tabular-nums">{amount}</p> : null}
          <p>{t.ways.deposit.text}</p>
          <ul className="list-disc pl-5">
            {t.ways.deposit.speeds.map((speed) => (
              <li key={speed}>{speed}</li>
            ))}
          </ul>
        </li>
        <li className="grid gap-1 rounded-lg border border-calm-100 p-3 text-sm">
          <h3 className="text-base font-semibold">{t.ways.transfer.heading}</h3>
          {amount ? <p className="font-semibold tabular-nums">{amount}</p> : null}
          <p>
            {t.ways.transfer.text}
            {result?.transferMinimum != null ? ` ${fill(t.transferMinimum, { minimum: fmt.money(result.transferMinimum, 'JPY') })}` : ''}
          </p>
        </li>
        <li className="grid gap-1 rounded-lg border border-calm-100 p-3 text-sm">
          <h3 className="text-base font-semibold">{t.ways.points.heading}</h3>
          {amount ? <p className="font-semibold tabular-nums">{amount}</p> : null}
          <p>{t.ways.points.text}</p>
        </li>
        <li className="grid gap-1 rounded-lg border border-calm-100 p-3 text-sm">
          <h3 className="text-base font-semibold">{t.ways.partialClose.heading}</h3>
          {result && !messages.includes('reached') ? (
            <p className="font-semibold tabular-nums">
              {messages.includes('closeAll')
                ? t.closeAll
                : fill(t.closeShare, { share: fmt.level(result.closeShare * 100), margin: money(result.marginAfterClose) })}
            </p>
          ) : null}
          <p>{t.ways.partialClose.text}</p>
          <ul className="list-disc pl-5">
            {t.ways.partialClose.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </li>
      </ol>
      <p className="text-sm">
        {t.memberPage} <OfficialLink />
      </p>
    </Section>
  );
});
