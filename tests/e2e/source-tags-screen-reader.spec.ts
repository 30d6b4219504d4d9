import type { Page } from '@playwright/test';
import { callApi, seedArticle } from './support/api';
import { body, expect, expectSaved, openApp, test } from './support/fixtures';
import { selectText } from './support/selection';
import { tags, tagWith } from './support/sources';

/** The marked passages Chromium gives screen readers in the body: their text and description. */
async function markedPassages(page: Page): Promise<{ text: string; description: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '[aria-label="Article body"]',
  });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, role: 'mark' });
  const passages = [];
  for (const node of nodes) {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { return this.textContent; }',
      returnByValue: true,
    });
    passages.push({ text: String(result.value), description: String(node.description?.value ?? '') });
  }
  await cdp.detach();
  return passages;
}

test('a source tag is a marked passage a screen reader describes by its source, which stays out of the text and its copy', async ({
  page,
  app,
}) => {
  await callApi(app, 'sources.create', { name: 'John Kirby', kind: 'person', role: 'Juru bicara' });
  const seeded = await seedArticle(app, { headline: 'Sumber terbaca', body: ['Kirby berkata hari ini.'] });
  await openApp(page, app, `#/article/${seeded.id}`);
  await expect(page.locator('footer').getByText('4 words')).toBeVisible();

  await tagWith(page, 'Kirby berkata', 'Kirby');
  await expect(tags(page)).toHaveText('Kirby berkata');
  await expect
    .poll(() => markedPassages(page))
    .toEqual([{ text: 'Kirby berkata', description: 'Source: John Kirby' }]);

  // The description is not text: the body's words, their count and the saved article are as before.
  await expect(body(page)).toHaveText('Kirby berkata hari ini.');
  await expect(page.locator('footer').getByText('4 words')).toBeVisible();
  await expectSaved(page);
  const saved = await callApi(app, 'articles.get', { id: seeded.id });
  expect(JSON.stringify(saved.body)).not.toContain('John Kirby');

  // Nor is it in a copy to another program.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await selectText(page, 'Kirby', 'hari ini.');
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) =>
      item!.types.includes(type) ? (await item!.getType(type)).text() : '';
    return { text: await read('text/plain'), html: await read('text/html') };
  });
  expect(copied.text).toBe('Kirby berkata hari ini.');
  expect(copied.html).toContain('Kirby berkata');
  expect(copied.html).not.toContain('John Kirby');
  expect(copied.html).not.toContain('aria-description');
});
