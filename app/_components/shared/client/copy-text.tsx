'use client';

import { useClipboard } from './use-clipboard';

/**
 * A copy button for a block of text. When the Clipboard API is refused, the text is selected
 * and the user is told to copy it by hand.
 */
export function CopyButton({
  getText,
  targetId,
  labels,
  onCopied,
}: {
  getText: () => string;
  targetId: string;
  labels: { copy: string; copied: string; failed: string };
  /** Called when the text is on the clipboard. */
  onCopied?: () => void;
}) {
  const { status, copy: copyText } = useClipboard(4000);

  async function copy() {
    if (await copyText(getText())) {
      onCopied?.();
      return;
    }
    const target = document.getElementById(targetId);
    if (target instanceof HTMLTextAreaElement) {
      target.focus();
      target.select();
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="min-h-11 rounded-xl bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {labels.copy}
      </button>
      <p role="status" aria-live="polite" className="min-h-6 text-sm">
        {status === 'copied' ? <span className="text-ok-700">{labels.copied}</span> : null}
        {status === 'failed' ? <span className="text-danger-700">{labels.failed}</span> : null}
      </p>
    </div>
  );
}
