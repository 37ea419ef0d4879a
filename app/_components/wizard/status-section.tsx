import type { ServiceStatusText } from '@/content/schema';
import { officialStatusPages } from '@/lib/official-sites';
import { StatusLoader } from './client/checks-loader';

/**
 * "Is it them or me?" on the steps where the machine names the `status` check: what the
 * service's own status page reports, checked live through this site once the step is
 * interactive. The official status page's link is always there, so with JavaScript off (or
 * when the check fails) the user can look for themselves.
 */
export function StatusSection({ service, text, suggestAnswer }: { service: keyof typeof officialStatusPages; text: ServiceStatusText; suggestAnswer?: string }) {
  const page = officialStatusPages[service];
  return (
    <section aria-labelledby="service-status-heading" className="grid gap-2 rounded-xl border border-brand-100 bg-white p-4">
      <h2 id="service-status-heading" className="text-base font-semibold">
        {text.heading}
      </h2>
      <StatusLoader service={service} text={text} suggestAnswer={suggestAnswer} />
      <p>
        {text.lookYourself}{' '}
        <a href={page.url} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" rel="noopener noreferrer">
          {page.domain}
        </a>
      </p>
    </section>
  );
}
