'use client';

import { useId, useRef } from 'react';
import { useClipboard } from './use-clipboard';

export interface CopyLinkLabels {
  copied: string;
  failed: string;
  link: string;
}

/**
 * Copies a URL with the Clipboard API and says so. When the clipboard is refused, the URL is
 * shown in a selected text field to copy by hand.
 */
export function CopyLink({
  url,
  label,
  accessibleName,
  labels,
  className,
}: {
  url: () => string;
  label: string;
  /** A longer name for screen readers when several buttons share a label (must start with it). */
  accessibleName?: string;
  labels: CopyLinkLabels;
  className?: string;
}) {
  const { status, text: shown, copy: copyText } = useClipboard(4000);
  const fallback = useRef<HTMLInputElement>(null);
  const id = useId();

  async function copy() {
    if (!(await copyText(url()))) requestAnimationFrame(() => fallback.current?.select());
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={copy}
          aria-label={accessibleName}
          className={
            className ??
            'min-h-11 rounded-xl border border-brand-700 bg-white px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50'
          }
        >
          {label}
        </button>
        <span role="status" aria-live="polite" className="text-sm">
          {status === 'copied' ? <span className="text-ok-700">{labels.copied}</span> : null}
          {status === 'failed' ? <span className="text-danger-700">{labels.failed}</span> : null}
        </span>
      </div>
      {status === 'failed' ? (
        <div className="grid gap-1">
          <label htmlFor={id} className="text-sm font-semibold text-calm-600">
            {labels.link}
          </label>
          <input
            id={id}
            ref={fallback}
            readOnly
            value={shown}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded-lg border border-calm-100 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : null}
    </div>
  );
}
