'use client';

import { CopyLink, type CopyLinkLabels } from '@/app/_components/shared/client/copy-link';
import { useOrigin } from '@/app/_components/shared/client/use-location';
import { stepHref, useCurrentTrail, useWizard } from './wizard-context';

export interface ShareLabels extends CopyLinkLabels {
  heading: string;
  hint: string;
  copyLink: string;
  copyShareLink: string;
}

function ShareFrame({ labels, children }: { labels: ShareLabels; children: React.ReactNode }) {
  return (
    <section aria-labelledby="share-heading" className="grid gap-3 rounded-xl border border-calm-100 bg-white p-4 print:hidden">
      <h2 id="share-heading" className="text-base font-semibold">
        {labels.heading}
      </h2>
      <p className="text-sm text-calm-600">{labels.hint}</p>
      {children}
    </section>
  );
}

/** "Copy link" (the step alone) and "share my diagnosis" (the step with the answers so far). */
export function ShareStep({ labels, url }: { labels: ShareLabels; url: string }) {
  const { flow, locale, step } = useWizard();
  const { tokens, origin } = useCurrentTrail();
  const siteOrigin = useOrigin();
  if (siteOrigin === null) {
    // On the server and without JavaScript: the step's address, to select and copy.
    return (
      <ShareFrame labels={labels}>
        <p className="text-sm">
          {labels.link}: <span className="break-all font-mono">{url}</span>
        </p>
      </ShareFrame>
    );
  }
  const absolute = (path: string) => `${siteOrigin}${path}`;
  return (
    <ShareFrame labels={labels}>
      <CopyLink url={() => absolute(stepHref(flow, locale, step))} label={labels.copyLink} labels={labels} />
      {tokens.length ? (
        <CopyLink url={() => absolute(stepHref(flow, locale, step, tokens, origin))} label={labels.copyShareLink} labels={labels} />
      ) : null}
    </ShareFrame>
  );
}
