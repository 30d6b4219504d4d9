import { test as base, expect, type Page } from '@playwright/test';
import { startWebApp, type WebApp } from './web-app';

export interface PageWatch {
  /** Page errors, console errors and CSP violations seen so far. */
  problems: string[];
}

const watches = new WeakMap<Page, PageWatch>();

/** Records every script error and CSP violation the page causes, from now on (once per page). */
async function watchPage(page: Page): Promise<PageWatch> {
  const known = watches.get(page);
  if (known) return known;
  const watch: PageWatch = { problems: [] };
  watches.set(page, watch);
  page.on('pageerror', (error) => watch.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__reportViolation', (text: string) => watch.problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return watch;
}

/** Opens the app (browser mode's printed URL, with its token) and waits for it to show. */
export async function openApp(page: Page, app: WebApp, hash = ''): Promise<PageWatch> {
  const watch = await watchPage(page);
  await page.goto(app.url + hash);
  await expect(page.getByRole('button', { name: 'Articles', exact: true })).toBeVisible();
  return watch;
}

/** Each test gets its own server and data folder; `restart` keeps the folder, as reopening the app does. */
export const test = base.extend<{ app: WebApp; restart: () => Promise<WebApp> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  app: async ({}, use) => {
    const app = await startWebApp();
    await use(app);
    await app.stop();
  },
  restart: async ({ app }, use) => {
    const started: WebApp[] = [];
    await use(async () => {
      await app.stop();
      const next = await startWebApp(app.dataDir);
      started.push(next);
      return next;
    });
    for (const next of started) await next.stop();
  },
});

export { expect };

/**
 * Pasted HTML is parsed in an inert DOMParser document, which inherits the page's CSP: the browser
 * blocks and reports the pasted inline styles and handlers there. Those reports show the CSP doing
 * its job; everything else (a page error, any other violation) is a real problem.
 */
export function problemsBesidesBlockedPasteMarkup(watch: PageWatch): string[] {
  return watch.problems.filter(
    (problem) =>
      !/^csp: (style-src-attr|style-src-elem|script-src-attr) inline$/.test(problem) &&
      !/^console: (Applying inline style|Executing inline event handler) violates/.test(problem),
  );
}

/**
 * The page preview frame is sandboxed without scripts; Chromium reports every script it blocks there
 * (the exported page's JSON-LD data block among them). Those reports are the sandbox working.
 */
export function problemsBesidesSandboxedPreview(watch: PageWatch): string[] {
  return watch.problems.filter(
    (problem) =>
      !/^console: Blocked script execution in '[^']*\/preview\/[^']*' because the document's frame is sandboxed/.test(
        problem,
      ),
  );
}

export const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
export const saveStatus = (page: Page) => page.locator('.rx-save[role="status"]');

/** Waits for the save state to read exactly "Saved" (committed by the server). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText('Saved');
}
