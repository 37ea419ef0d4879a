import type { NoticeText, SafetyText, SourceText } from '@/content/schema';
import { sources, type SourceId } from '@/content/sources';
import type { Locale } from '@/lib/i18n';
import { fill } from '@/lib/template';
import { formatSourceDate } from '@/lib/source-date';

/**
 * The small print of a step, rendered on the server: the safety box of reset and contact steps,
 * notices shared by several steps, and where the facts that are not in the source articles come from.
 */

export function SafetyBox({ text, site }: { text: SafetyText; site: { domain: string; url: string } }) {
  return (
    <section aria-labelledby="safety-heading" className="grid gap-2 rounded-xl border border-ok-700/30 bg-ok-50 p-4 text-sm" data-safety>
      <h2 id="safety-heading" className="text-base font-semibold text-ok-700">
        {text.heading}
      </h2>
      <p>
        {text.officialSite}{' '}
        <a href={site.url} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline" data-official-site>
          {site.domain}
        </a>
      </p>
      <p>{text.support}</p>
      <p className="font-semibold">{text.neverSend}</p>
      <p>{text.phishing}</p>
    </section>
  );
}

export function NoticeBox({ notice, sourceText, locale }: { notice: NoticeText; sourceText: SourceText; locale: Locale }) {
  return (
    <aside className="grid gap-1 rounded-xl border-l-4 border-warn-600 bg-warn-50 p-4 text-sm" data-notice>
      <p className="font-semibold text-warn-700">{notice.heading}</p>
      <p>{notice.text}</p>
      {notice.sources?.length ? (
        <p className="text-xs text-calm-600">
          {sourceText.heading}: {notice.sources.map((id) => sourceLine(id, sourceText, locale)).join(' / ')}
        </p>
      ) : null}
    </aside>
  );
}

function sourceLine(id: SourceId, text: SourceText, locale: Locale): string {
  const source = sources[id];
  return fill(text[source.grade], { name: text.names[id], date: formatSourceDate(source.date, locale) });
}

export function SourceNotes({ ids, text, locale }: { ids: readonly SourceId[]; text: SourceText; locale: Locale }) {
  return (
    <section aria-labelledby="sources-heading" className="text-xs text-calm-600" data-sources>
      <h2 id="sources-heading" className="font-semibold">
        {text.heading}
      </h2>
      <ul className="mt-1 grid list-disc gap-1 pl-5">
        {ids.map((id) => (
          <li key={id}>{sourceLine(id, text, locale)}</li>
        ))}
      </ul>
    </section>
  );
}
