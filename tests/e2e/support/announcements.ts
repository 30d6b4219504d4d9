import type { Page } from '@playwright/test';

/**
 * What a screen reader would be told: each text added inside a live region (an `aria-live` other
 * than off, or a status or alert role without one), in order.
 */
export const ANNOUNCEMENTS = `(() => {
  window.__said = [];
  const live = (node) => {
    for (let at = node instanceof Element ? node : node.parentElement; at; at = at.parentElement) {
      const politeness = at.getAttribute('aria-live');
      if (politeness) return politeness !== 'off';
      if (['status', 'alert', 'log'].includes(at.getAttribute('role'))) return true;
    }
    return false;
  };
  new MutationObserver((changes) => {
    for (const change of changes) {
      const added = change.type === 'characterData' ? [change.target] : [...change.addedNodes];
      for (const node of added) if (live(node) && node.textContent.trim()) window.__said.push(node.textContent.trim());
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

/** What was said since the last call. */
export const said = async (page: Page) => (await page.evaluate('window.__said.splice(0)')) as string[];

/**
 * Records every status region that enters the page already holding words: some screen readers read
 * only what changes inside a live region that was there before. Call before the page is opened;
 * `bornSpeaking(page)` lists the words of each such region.
 */
export async function watchStatusRegions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const born: string[] = [];
    (window as unknown as { __rxBornSpeaking: string[] }).__rxBornSpeaking = born;
    const check = (node: Node) => {
      if (!(node instanceof Element)) return;
      const regions = [node, ...node.querySelectorAll('[role="status"]')].filter(
        (element) => element.getAttribute('role') === 'status',
      );
      for (const region of regions)
        if ((region.textContent ?? '') !== '') born.push(region.textContent ?? '');
    };
    new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach(check);
    }).observe(document, { childList: true, subtree: true });
  });
}

export const bornSpeaking = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __rxBornSpeaking: string[] }).__rxBornSpeaking);
