import type { Service } from '@/machines/login-wizard';

/**
 * The official sites, shown on every reset and contact step so that a distressed user goes to the
 * real one (../shared/brief/beyond-the-articles.md, "Staying safe"). XMTrading is the XM brand
 * that serves Japan; XM Global (xm.com) is another company's site.
 */
export const officialSites: Readonly<Record<Service, { domain: string; url: string }>> = {
  xm: { domain: 'xmtrading.com', url: 'https://www.xmtrading.com/' },
  bitmex: { domain: 'bitmex.com', url: 'https://www.bitmex.com/' },
};

/**
 * The official status page of a service, where it has one (in the common "Statuspage" format,
 * brief: beyond-the-articles.md). XM publishes none. Links shown to users always point here;
 * the server may read the same data from elsewhere (`BITMEX_STATUS_URL`, e.g. a test server).
 */
export const officialStatusPages = {
  bitmex: { domain: 'status.bitmex.com', url: 'https://status.bitmex.com' },
} as const satisfies Partial<Record<Service, { domain: string; url: string }>>;

export const hasStatusPage = (service: Service): service is keyof typeof officialStatusPages => service in officialStatusPages;
