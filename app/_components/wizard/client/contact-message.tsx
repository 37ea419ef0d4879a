'use client';

import { fill } from '@/lib/template';
import { CopyButton } from '@/app/_components/shared/client/copy-text';
import { useOrigin } from '@/app/_components/shared/client/use-location';
import { recordOutcome } from './outcomes';
import { stepHref, useCurrentTrail, useWizard } from './wizard-context';

export interface ContactLabels {
  to: string;
  subject: string;
  body: string;
  tried: string;
  copy: string;
  copied: string;
  failed: string;
}

export interface ContactTemplate {
  lang: string;
  to: string;
  subject: string;
  triedHeading: string;
  body: string;
}

/**
 * The message with what the user tried and the page link. The `{tried}` line becomes the
 * template's heading and a list followed by a blank line; when nothing was tried it is left out,
 * so the message never reports "nothing tried" as if it were a finding.
 */
export function fillMessage(template: Pick<ContactTemplate, 'body' | 'triedHeading'>, tried: string[], link: string): string {
  const block = tried.length ? [template.triedHeading, ...tried.map((t) => `- ${t}`), '', ''].join('\n') : '';
  return fill(template.body.replace('{tried}\n', '{tried}'), { tried: block, link });
}

function MessageView({ template, labels, body, tried }: { template: ContactTemplate; labels: ContactLabels; body: string; tried: string[] }) {
  return (
    <div className="grid gap-4">
      <dl className="grid gap-3">
        <div>
          <dt className="text-sm font-semibold text-calm-600">{labels.to}</dt>
          <dd>{template.to}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-calm-600">{labels.subject}</dt>
          <dd className="font-mono" lang={template.lang}>
            {template.subject}
          </dd>
        </div>
        {tried.length ? (
          <div>
            <dt className="text-sm font-semibold text-calm-600">{labels.tried}</dt>
            <dd>
              <ul className="list-disc pl-5" lang={template.lang}>
                {tried.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="grid gap-2">
        <label htmlFor="contact-body" className="text-sm font-semibold text-calm-600">
          {labels.body}
        </label>
        <textarea
          id="contact-body"
          lang={template.lang}
          readOnly
          value={body}
          rows={Math.min(18, body.split('\n').length + 1)}
          className="w-full rounded-xl border border-calm-100 bg-white p-3 font-mono text-sm leading-relaxed"
        />
      </div>
    </div>
  );
}

/**
 * The message filled with what the user already tried (remedies answered "not fixed") and a link.
 * The server renders it with the page's own address (`url`, nothing tried: the answers are not
 * known there); the browser fills in the answers and its own origin.
 */
export function ContactMessage({ template, labels, triedNames, url }: { template: ContactTemplate; labels: ContactLabels; triedNames: Record<string, string>; url: string }) {
  const { flow, locale, step } = useWizard();
  const { entries, tokens, origin } = useCurrentTrail();
  const siteOrigin = useOrigin();
  const tried = entries.filter((e) => e.token === 'notFixed').map((e) => triedNames[e.step] ?? e.step);
  const link = siteOrigin === null ? url : `${siteOrigin}${stepHref(flow, locale, step, tokens, origin)}`;
  const body = fillMessage(template, tried, link);
  return (
    <div className="grid gap-4">
      <MessageView template={template} labels={labels} body={body} tried={tried} />
      <CopyButton
        getText={() => body}
        targetId="contact-body"
        labels={{ copy: labels.copy, copied: labels.copied, failed: labels.failed }}
        onCopied={() => recordOutcome({ kind: 'copied', step, locale })}
      />
    </div>
  );
}
