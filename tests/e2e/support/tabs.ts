import type { Page } from '@playwright/test';

/**
 * Gives the open tab its own window focus, as a real browser tab has: Playwright otherwise tells every
 * page it is focused, so none ever sees focus come back. (Set after the page has loaded: a load resets it.)
 */
export async function ownFocus(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setFocusEmulationEnabled', { enabled: false });
}
