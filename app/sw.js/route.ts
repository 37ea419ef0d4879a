import { getMessages } from '@/content';
import { sitePages, type DirectoryService } from '@/lib/directory';
import { locales } from '@/lib/i18n';
import { serviceWorker, type OfflineManifest } from '@/lib/offline';
import { pagesToKeep } from '@/lib/offline-plan';
import { stepRedirects } from '@/machines/step-redirects';
import { stepPath } from '@/machines/wizard-graph';

export const dynamic = 'force-static';

/** The service worker script, generated at build time with what it needs to work offline. */
export function GET() {
  const manifest: OfflineManifest = {
    version: Date.now().toString(36),
    pages: sitePages().map((p) => p.path),
    services: ['xm', 'bitmex'] satisfies DirectoryService[],
    redirects: Object.fromEntries(locales.flatMap((l) => Object.entries(stepRedirects).map(([old, id]) => [`/${l}/${old}`, stepPath(l, id)]))),
    locales: [...locales],
    texts: Object.fromEntries(
      locales.map((l) => {
        const { ui } = getMessages(l);
        return [
          l,
          {
            siteName: ui.siteName,
            start: ui.notFoundStart,
            notFoundTitle: ui.notFoundTitle,
            notFoundBody: ui.notFoundBody,
            notSavedTitle: ui.offline.notSavedTitle,
            notSavedBody: ui.offline.notSavedBody,
          },
        ];
      }),
    ),
  };
  const source = `(${serviceWorker.toString()})(self, ${JSON.stringify(manifest)}, ${pagesToKeep.toString()});\n`;
  return new Response(source, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Service-Worker-Allowed': '/',
    },
  });
}
