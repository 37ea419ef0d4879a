'use client';

import Link from 'next/link';
import { useLocaleText } from '../_components/locale-text';

export default function NotFound() {
  const text = useLocaleText();
  return (
    <div className="grid gap-4">
      <h1 tabIndex={-1} className="text-2xl font-bold">
        {text.notFoundTitle}
      </h1>
      <p>{text.notFoundBody}</p>
      <p>
        <Link href={`/${text.locale}`} className="inline-block rounded-xl bg-brand-700 px-4 py-3 font-semibold text-white hover:bg-brand-800">
          {text.notFoundStart}
        </Link>
      </p>
    </div>
  );
}
