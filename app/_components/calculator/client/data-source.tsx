'use client';

import { fill } from '@/lib/calculator/format';
import type { DataSourceId } from '@/lib/margin/brokers';
import { formatSourceDate } from '@/lib/source-date';
import { useCalculator } from './context';

/** "Source: … (date)" for one source: the source's own date, never the build's. */
export function SourceLine({ source, date }: { source: DataSourceId; date: string }) {
  const { text, locale } = useCalculator();
  return <>{fill(text.data.sourceLine, { source: text.data.sources[source], date: formatSourceDate(date, locale) })}</>;
}

/** The official site, to confirm reported terms. */
export function OfficialLink() {
  const { text, officialSite } = useCalculator();
  return (
    <a className="text-brand-700 underline underline-offset-2" href={officialSite.url} rel="noopener noreferrer" target="_blank">
      {fill(text.data.official, { domain: officialSite.domain })}
    </a>
  );
}
