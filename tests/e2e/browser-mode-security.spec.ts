import { CONTENT_SECURITY_POLICY, TOKEN_HEADER } from '../../shared/security/csp';
import { test, expect, openApp } from './support/fixtures';

test('browser mode sends the CSP, binds loopback, and serves the API only with its token', async ({
  page,
  app,
}) => {
  expect(new URL(app.url).hostname).toBe('127.0.0.1');
  const response = await page.goto(app.url);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');

  // The page itself works with the token it took from the address, and the token leaves the address bar.
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  expect(page.url()).not.toContain('token=');

  const withoutToken = await page.evaluate(async () => {
    const r = await fetch('api/articles.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    return { status: r.status, body: (await r.json()) as { ok: boolean; error?: { code: string } } };
  });
  expect(withoutToken.status).toBe(401);
  expect(withoutToken.body.error?.code).toBe('UNAUTHORIZED');

  const foreignOrigin = await fetch(`${app.origin}/api/articles.list`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: app.token, Origin: 'http://evil.example' },
    body: '{}',
  });
  expect(foreignOrigin.status).toBe(403);
});

test('a page on another origin cannot read or write articles through the browser', async ({ page, app }) => {
  await openApp(page, app);
  // From a page that is not the app's own origin, the API must not answer.
  await page.goto('about:blank');
  const outcome = await page.evaluate(async (origin) => {
    try {
      const r = await fetch(`${origin}/api/articles.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return `status ${r.status}`;
    } catch (error) {
      return `blocked: ${(error as Error).name}`;
    }
  }, app.origin);
  expect(outcome).toMatch(/blocked|status 40[13]/);
});
