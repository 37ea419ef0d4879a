'use client';

import { memo } from 'react';
import { ZONE_ORDER, type ZoneLevels } from '@/lib/calculator/compute';
import { fill } from '@/lib/calculator/format';
import type { HealthView } from '@/lib/calculator/model';
import { useCalculator } from './context';
import { NumberField, Problem, Result, Results } from './fields';
import { LevelGauge } from './level-gauge';
import { FieldGrid, SECTION_IDS, Section } from './section';

/** Placeholder values for the zone texts. */
export function useZoneValues(levels: ZoneLevels | undefined): Record<string, string> {
  const { fmt, text } = useCalculator();
  const na = text.common.notAvailable;
  return {
    stopOut: levels ? fmt.level(levels.stopOut) : na,
    marginCall: levels ? fmt.level(levels.marginCall) : na,
    withdrawal: levels ? fmt.level(levels.withdrawal) : na,
    shortTerm: levels ? fmt.level(levels.shortTerm) : na,
    longTerm: levels ? fmt.level(levels.longTerm) : na,
  };
}

export const HealthSection = memo(function HealthSection({ view }: { view: HealthView }) {
  const { text, fmt } = useCalculator();
  const t = text.health;
  const na = text.common.notAvailable;
  const zoneValues = useZoneValues(view.levels);
  const { result, zone, levels, ranges } = view;
  const level = result?.marginLevel;
  const money = (value: number | undefined) => (value === undefined ? na : fmt.money(value, view.currency));
  const levelText = level == null ? na : fmt.percent(level);

  return (
    <Section id={SECTION_IDS.health} heading={t.heading} intro={<p>{t.intro}</p>}>
      <FieldGrid>
        <NumberField name="balance" field={t.balance} view={view.fields.balance} />
        <NumberField name="credit" field={t.credit} view={view.fields.credit} />
        <NumberField name="floatingPnl" field={t.pnl} view={view.fields.floatingPnl} />
        <NumberField name="requiredMargin" field={t.margin} view={view.fields.requiredMargin} />
      </FieldGrid>

      <Results label={text.common.results}>
        <Result term={t.equity} note={t.equityFormula} value={money(result?.equity)} strong />
        <Result term={t.freeMargin} note={t.freeMarginFormula} value={money(result?.freeMargin)} />
        <Result term={t.marginLevel} note={t.marginLevelFormula} value={levelText} strong />
        <Result term={t.zone} value={zone ? t.zones[zone].name : na} />
      </Results>
      {view.messages.includes('noMargin') ? <p className="text-sm text-calm-800">{t.noMargin}</p> : null}
      {view.messages.includes('fixFields') ? <Problem>{text.position.fixFields}</Problem> : null}

      {levels ? (
        <LevelGauge
          level={level ?? null}
          levels={levels}
          title={t.gaugeTitle}
          desc={zone ? fill(t.gaugeDesc, { level: levelText, zone: t.zones[zone].name }) : level === null ? t.noMargin : na}
          formatTick={(v) => fmt.level(v)}
        />
      ) : null}

      <div className="grid gap-2">
        <h3 className="text-base font-semibold">{t.zonesHeading}</h3>
        <ol className="grid gap-2">
          {ZONE_ORDER.map((id) => {
            const range = ranges?.[id];
            const rangeText = !range
              ? na
              : range.from === null
                ? fill(text.common.rangeBelow, { to: fmt.level(range.to!) })
                : range.to === null
                  ? fill(text.common.rangeAtLeast, { from: fmt.level(range.from) })
                  : fill(text.common.rangeBetween, { from: fmt.level(range.from), to: fmt.level(range.to) });
            const current = id === zone;
            return (
              <li
                key={id}
                aria-current={current ? 'true' : undefined}
                className={`rounded-lg border p-3 text-sm ${current ? 'border-2 border-calm-800 bg-calm-50' : 'border-calm-100'}`}
              >
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <strong className="font-semibold">{t.zones[id].name}</strong>
                  <span className="tabular-nums text-calm-600">{rangeText}</span>
                  {current ? <span className="rounded bg-calm-800 px-2 text-xs font-semibold text-white">{t.current}</span> : null}
                </p>
                <p className="mt-1">{fill(t.zones[id].meaning, zoneValues)}</p>
              </li>
            );
          })}
        </ol>
      </div>
    </Section>
  );
});
