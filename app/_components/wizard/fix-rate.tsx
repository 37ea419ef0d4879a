import { connection } from 'next/server';
import type { Locale } from '@/lib/i18n';
import { fixRateText } from '@/lib/outcomes/fix-rate-text';
import { fixRateOf } from '@/lib/outcomes/fix-rates';

/**
 * "This fixed it for 62% of 1,240 people who tried it" on a remedy, from the outcomes recorded
 * (lib/outcomes/fix-rates.ts), read at request time: remedy pages are rendered on demand
 * (app/[locale]/remedy/[...step]; `connection()` makes sure no build ever bakes a rate in).
 * Plain text, no script: it shows with JavaScript off too.
 */
export async function FixRateNote({ step, locale, template }: { step: string; locale: Locale; template: string }) {
  await connection();
  const text = fixRateText(await fixRateOf(step), locale, template);
  return text ? (
    <p className="justify-self-start rounded-lg bg-ok-50 px-3 py-1.5 text-sm font-semibold text-ok-700" data-fix-rate>
      {text}
    </p>
  ) : null;
}
