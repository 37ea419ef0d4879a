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
