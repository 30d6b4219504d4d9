import { z } from 'zod';
import type { ApiErrorShape } from '../../shared/api/errors';

/** What a refusal names when the article itself is gone (articles/store.ts), not a photo it shows. */
const GoneArticle = z.object({ id: z.string() });

/**
 * Whether a save was refused because the article it went to was deleted (in another window or tab):
 * a NOT_FOUND naming this article. A NOT_FOUND for its featured photo is another matter.
 */
export function deletedElsewhere(error: ApiErrorShape, articleId: string): boolean {
  if (error.code !== 'NOT_FOUND') return false;
  const details = GoneArticle.safeParse(error.details);
  return details.success && details.data.id === articleId;
}
