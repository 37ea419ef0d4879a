'use client';

import { CopyLink, type CopyLinkLabels } from '@/app/_components/shared/client/copy-link';

/** The copy button of one directory entry: the absolute URL of its step. */
export function DirectoryCopy({ path, label, title, labels }: { path: string; label: string; title: string; labels: CopyLinkLabels }) {
  return (
    <CopyLink
      accessibleName={`${label}: ${title}`}
      url={() => `${window.location.origin}${path}`}
      label={label}
      labels={labels}
      className="min-h-10 rounded-lg border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
    />
  );
}
