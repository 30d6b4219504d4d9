import type { ArticleFields } from '../../shared/api/article';
import type { CallApi } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import type { StoredDocument } from '../../shared/editor/document';

/** What the editor holds at a moment: compared by identity, so a change made since is seen. */
export interface HeldText {
  fields: ArticleFields;
  body: StoredDocument;
  /** Changes whenever the body changes (the editor state), to tell whether it did. */
  bodyVersion: unknown;
}

/**
 * Keeps what an editor holds as a new article (its own was deleted elsewhere): created, then saved
 * with every field and the whole body through the ordinary contract calls. What is typed while that
 * is on its way is sent after it, so nothing typed is left behind. If the text cannot be saved, the
 * empty article just made is deleted again and the refusal returned: the editor still holds the text.
 */
export async function saveAsNewArticle(call: CallApi, held: () => HeldText): Promise<Result<{ id: string }>> {
  const created = await call('articles.create', {});
  if (!created.ok) return created;
  const { id } = created.value;
  let revision = created.value.revision;
  let sent = held();
  for (;;) {
    const saved = await call('articles.save', { ...sent.fields, id, revision, body: sent.body });
    if (!saved.ok) {
      if (revision === created.value.revision) await call('articles.delete', { id, revision });
      return saved;
    }
    revision = saved.value.revision;
    const now = held();
    if (now.fields === sent.fields && now.bodyVersion === sent.bodyVersion)
      return { ok: true, value: { id } };
    sent = now;
  }
}
