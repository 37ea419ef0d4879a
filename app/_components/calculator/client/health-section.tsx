'use client';

import { ZONE_ORDER, accountHealth, zoneLevels, zoneOf, zoneRanges, type ZoneLevels } from '@/lib/calculator/compute';
import { valueOf } from '@/lib/calculator/fields';
import { fill } from '@/lib/calculator/format';
import { FIELD_RULES } from '@/lib/calculator/state';
import { useCalculator } from './context';
import { NumberField, Result, Results } from './fields';
import { LevelGauge } from './level-gauge';
import { FieldGrid, SECTION_IDS, Section } from './section';

/** The zone thresholds from the rules fields (undefined while one of them has an error). */
export function useZoneLevels(): ZoneLevels | undefined {
  const { read } = useCalculator();
  const stopOut = valueOf(read.so);
  const marginCall = valueOf(read.mc);
  return stopOut === undefined || marginCall === undefined ? undefined : zoneLevels(stopOut, marginCall);
}

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

export function HealthSection() {
  const { text, fmt, read, state } = useCalculator();
  const t = text.health;
  const na = text.common.notAvailable;
  const levels = useZoneLevels();
  const zoneValues = useZoneValues(levels);

  const balance = valueOf(read.bal);
  const credit = valueOf(read.cr);
  const pnl = valueOf(read.pl);
  const margin = valueOf(read.rm);
  const health =
    balance !== undefined && credit !== undefined && pnl !== undefined
      ? accountHealth({ balance, credit, floatingPnl: pnl, requiredMargin: margin })
      : undefined;
  const level = health?.marginLevel;

  const money = (value: number | undefined) => (value === undefined ? na : fmt.money(value, state.cur));
  const levelText = level == null ? na : fmt.percent(level);
  const zone = level == null || !levels ? null : zoneOf(level, levels);
  const ranges = levels ? zoneRanges(levels) : undefined;

  return (
    <Section id={SECTION_IDS.health} heading={t.heading} intro={<p>{t.intro}</p>}>
      <FieldGrid>
        <NumberField name="bal" field={t.balance} rule={FIELD_RULES.bal} />
        <NumberField name="cr" field={t.credit} rule={FIELD_RULES.cr} />
        <NumberField name="pl" field={t.pnl} rule={FIELD_RULES.pl} />
        <NumberField name="rm" field={t.margin} rule={FIELD_RULES.rm} />
      </FieldGrid>

      <Results label={text.common.results}>
        <Result term={t.equity} note={t.equityFormula} value={money(health?.equity)} strong />
        <Result term={t.freeMargin} note={t.freeMarginFormula} value={money(health?.freeMargin)} />
        <Result term={t.marginLevel} note={t.marginLevelFormula} value={levelText} strong />
        <Result term={t.zone} value={zone ? t.zones[zone].name : na} />
      </Results>
      {level === null ? <p className="text-sm text-calm-800">{t.noMargin}</p> : null}

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
}
