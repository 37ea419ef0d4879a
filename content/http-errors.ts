import type { Locale } from '@/lib/i18n';
import { en } from './en';
import { ja } from './ja';

/**
 * The words of the answers proxy.ts gives by itself, without rendering a page of the app (the
 * usual 404 page is app/global-not-found.tsx). Both languages, typed: a missing one does not
 * compile.
 */
export interface HttpErrorText {
  siteName: string;
  start: string;
  badAddressTitle: string;
  badAddressBody: string;
  methodNotAllowed: string;
  /** The recording route of the answer links (no JavaScript) asked about no answer of the machine. */
  badAnswerTitle: string;
  badAnswerBody: string;
}

export const httpErrors: Record<Locale, HttpErrorText> = {
  ja: {
    siteName: ja.ui.siteName,
    start: ja.ui.notFoundStart,
    badAddressTitle: 'アドレスを読み取れません',
    badAddressBody: 'このアドレスには、読み取れない文字が含まれています。リンクの一部が欠けたり、書き換わったりした可能性があります。',
    methodNotAllowed: 'このアドレスはページの表示（GET・HEAD）にだけ応答します。ブラウザでアドレスを開き直してください。',
    badAnswerTitle: 'この回答のリンクは使えません',
    badAnswerBody: 'リンクが、診断のどのステップと回答にも当てはまりません。リンクの一部が欠けているか、古くなっている可能性があります。診断を最初からやり直してください。',
  },
  en: {
    siteName: en.ui.siteName,
    start: en.ui.notFoundStart,
    badAddressTitle: 'This address cannot be read',
    badAddressBody: 'The address contains characters that cannot be read. Part of the link may have been cut off or changed.',
    methodNotAllowed: 'This address only answers requests to show a page (GET and HEAD). Open it again in your browser.',
    badAnswerTitle: 'This answer link does not work',
    badAnswerBody: 'The link does not match any step and answer of the diagnosis. Part of it may be cut off, or it may be out of date. Please start the diagnosis again.',
  },
};
