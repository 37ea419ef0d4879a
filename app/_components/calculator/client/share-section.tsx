'use client';

import { usePathname } from 'next/navigation';
import { memo, useRef } from 'react';
import { useClipboard } from '@/app/_components/shared/client/use-clipboard';
import { useOrigin } from '@/app/_components/shared/client/use-location';
import { useCalculator } from './context';
import { ActionButton } from './fields';
import { SECTION_IDS, Section } from './section';

/** The link to the calculator as filled in now, with a copy button and a reset. */
export const ShareSection = memo(function ShareSection({ query }: { query: string }) {
  const { text, actions } = useCalculator();
  const t = text.share;
  const pathname = usePathname();
  // The origin is only known in the browser; the server-rendered HTML shows the path alone.
  const origin = useOrigin() ?? '';
  const link = `${origin}${pathname}${query ? `?${query}` : ''}`;
  const clipboard = useClipboard();
  // The status belongs to the link it was about: after any change it no longer shows.
  const status = clipboard.text === link ? clipboard.status : 'idle';
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  async function copy() {
    if (await clipboard.copy(link)) return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }

  return (
    <Section id={SECTION_IDS.share} heading={t.heading} intro={<p>{t.intro}</p>}>
      <div className="grid gap-1">
        <label htmlFor="calc-link" className="text-sm font-semibold">
          {t.label}
        </label>
        <textarea
          id="calc-link"
          ref={fieldRef}
          readOnly
          rows={3}
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full break-all rounded-lg border border-calm-600 bg-calm-50 p-2 font-mono text-sm"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <ActionButton variant="primary" onClick={copy}>
          {t.copy}
        </ActionButton>
        <ActionButton
          onClick={() => {
            clipboard.reset();
            actions.reset();
          }}
        >
          {t.reset}
        </ActionButton>
        <p role="status" className="min-h-6 text-sm">
          {status === 'copied' ? <span className="text-ok-700">{t.copied}</span> : null}
          {status === 'failed' ? <span className="text-danger-700">{t.failed}</span> : null}
        </p>
      </div>
    </Section>
  );
});
