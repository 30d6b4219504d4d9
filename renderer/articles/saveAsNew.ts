import type { ArticleFields } from '../../shared/api/article';
import type { CallApi } from '../../shared/api/contract';
import type { Result } from '../../shared/api/errors';
import type { SourceRole } from '../../shared/api/source';
import type { StoredDocument } from '../../shared/editor/document';

/** The sources panel's part of an article: sources added by hand, and the editor's own "Dikutip dari" line. */
export interface HeldSources {
  byHand: { sourceId: string; role: SourceRole }[];
  quotedFrom: string;
}

/** What the editor holds at a moment: compared by identity, so a change made since is seen. */
export interface HeldText {
  fields: ArticleFields;
  body: StoredDocument;
  /** Changes whenever the body changes (the editor state), to tell whether it did. */
  bodyVersion: unknown;
  /** As the sources panel last showed them (null: never shown). */
  sources: HeldSources | null;
}

/** The source a refusal names as gone from the registry (sources/article-sources.ts), if it names one. */
const goneSource = (details: unknown): string | null =>
  typeof details === 'object' &&
  details !== null &&
  'sourceId' in details &&
  typeof details.sourceId === 'string'
    ? details.sourceId
    : null;

/**
 * Gives the new article the sources added by hand and the "Dikutip dari" line (those tagged in the body
 * come with the body). A source deleted from the registry meanwhile is left out rather than losing the
 * others. Any other refusal (the service gone between two calls) leaves the new article without them:
 * the text, already stored, is what is kept.
 */
async function carrySources(call: CallApi, id: string, sources: HeldSources | null): Promise<void> {
  if (!sources || (sources.byHand.length === 0 && !sources.quotedFrom.trim())) return;
  let byHand = sources.byHand;
  for (;;) {
    const saved = await call('articles.setSources', {
      id,
      byHand,
      basedOn: [],
      quotedFrom: sources.quotedFrom,
    });
    const gone = saved.ok || saved.error.code !== 'NOT_FOUND' ? null : goneSource(saved.error.details);
    if (gone === null || !byHand.some((entry) => entry.sourceId === gone)) return;
    byHand = byHand.filter((entry) => entry.sourceId !== gone);
  }
}

/**
 * Keeps what an editor holds as a new article (its own was deleted elsewhere): created, then saved
 * with every field and the whole body through the ordinary contract calls, then given the sources
 * added by hand. What is typed while that is on its way is sent after it, so nothing typed is left
 * behind. If the text cannot be saved, the empty article just made is deleted again and the refusal
 * returned: the editor still holds the text.
 */
export async function saveAsNewArticle(
  call: CallApi,
  held: () => HeldText,
  publishedAt: string | null = null,
): Promise<Result<{ id: string }>> {
  // A published article keeps its first publication date and its address (a published article's
  // slug no longer follows the headline, so it is given as made).
  const { headline, slug } = held().fields;
  const created = await call(
    'articles.create',
    publishedAt ? { headline, slug, slugManual: true, publishedAt } : {},
  );
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
    if (now.fields === sent.fields && now.bodyVersion === sent.bodyVersion) break;
    sent = now;
  }
  await carrySources(call, id, held().sources);
  return { ok: true, value: { id } };
}
