'use client';

import Link from 'next/link';
import { useLocaleText } from '@/app/_components/shared/client/locale-text';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useLocaleText();
  return (
    <div className="grid gap-4" role="alert">
      <h1 className="text-2xl font-bold">{text.errorTitle}</h1>
      <p>{text.errorBody}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded-xl bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800">
          {text.errorRetry}
        </button>
        <Link href={`/${text.locale}`} className="rounded-xl px-4 py-3 font-semibold text-brand-700 underline">
          {text.notFoundStart}
        </Link>
      </div>
    </div>
  );
}
