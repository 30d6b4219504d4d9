import { paragraphs } from '../../unit/support/documents';
import type { StoredDocument } from '../../../shared/editor/document';
import type { Input, Method, Output } from '../../../shared/api/contract';
import type { Result } from '../../../shared/api/errors';
import { TOKEN_HEADER } from '../../../shared/security/csp';
import type { WebApp } from './web-app';

/** Calls the running app's contract over HTTP, as the renderer does, to set up or check state. */
export async function callApi<M extends Method>(app: WebApp, method: M, input: Input<M>): Promise<Output<M>> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: app.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as Result<Output<M>>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

/** Creates and saves an article through the API, returning it as stored. */
export async function seedArticle(
  app: WebApp,
  fields: Partial<Omit<Input<'articles.save'>, 'id' | 'revision' | 'body'>> & {
    /** Paragraphs of text, or a whole stored document. */
    body?: string[] | StoredDocument;
  },
) {
  const created = await callApi(app, 'articles.create', {});
  const { body, ...rest } = fields;
  await callApi(app, 'articles.save', {
    ...created,
    ...rest,
    id: created.id,
    revision: created.revision,
    body: body === undefined ? created.body : Array.isArray(body) ? paragraphs(...body) : body,
  });
  return callApi(app, 'articles.get', { id: created.id });
}
