import { expect, type Locator } from '@playwright/test';

/**
 * Scrolls a region into view, as a visitor does. The live checks start once the visitor scrolls or
 * they are in view, and then replace their "checking…" placeholder: a scroll that meets the
 * replaced element is tried again.
 */
export async function scrollTo(region: Locator): Promise<void> {
  await expect(async () => {
    await region.scrollIntoViewIfNeeded({ timeout: 1_000 });
  }).toPass();
}
