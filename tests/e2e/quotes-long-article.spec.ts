import { paragraphs } from '../unit/support/documents';
import { expect, test } from './support/fixtures';
import { article } from './support/sources';

// Tracing snapshots the whole DOM on every action and poll (Playwright's own DOM walk, ~10 s over
// 4,000 paragraphs, profiled), which starves the page's timers: this file keeps it off.
test.use({ trace: 'off' });

test('in a long article the quote check goes through every block, and typing a quote anywhere flags it', async ({
  page,
  app,
}) => {
  // 4,000 blocks: more than one 8 ms slice of the check, so the slices must carry on to the end.
  const lines = Array.from(
    { length: 4_000 },
    (_, i) => `Paragraf ${i + 1} tentang banjir di Medan hari ini.`,
  );
  lines[3_900] = '“Air sudah setinggi dada,” kata seorang warga.';
  const id = await article(app, 'Artikel panjang berkutipan', paragraphs(...lines));
  // CSS locators only: role queries re-examine all 4,000 paragraphs on every poll.
  await page.goto(`${app.url}#/article/${id}`);
  const flagged = page.locator('.rx-body [data-quote-hint]');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toHaveText(lines[3_900]!);

  // A quote typed into an existing paragraph is found after the pause.
  await page.locator('.rx-body p').nth(20).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' “Kami kehabisan air bersih,” ujarnya.');
  await expect(flagged).toHaveCount(2);
  await expect(page.locator('[aria-label="Quotes without a source"]')).toContainText(
    '2 direct quotes have no source tag.',
  );
});
