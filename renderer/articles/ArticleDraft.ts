import type { EditorState } from 'lexical';
import type { Article, ArticleFields } from '../../shared/api/article';
import type { CallApi } from '../../shared/api/contract';
import type { StoredDocument } from '../../shared/editor/document';
import { Autosave, type SaveState } from './autosave';

export const fieldsOf = (article: Article): ArticleFields => ({
  rubric: article.rubric,
  headline: article.headline,
  lead: article.lead,
  writers: article.writers,
  editor: article.editor,
  dateline: article.dateline,
  tags: article.tags,
  slug: article.slug,
  slugManual: article.slugManual,
  status: article.status,
  featuredPhotoId: article.featuredPhotoId,
});

/**
 * The article being edited: its latest fields and body, the revision it was saved at, and the
 * autosave that sends it. React subscribes to it (useSyncExternalStore); typing never waits for it.
 */
export class ArticleDraft {
  fields: ArticleFields;
  saveState: SaveState = { kind: 'saved' };
  readonly autosave: Autosave;
  private body: EditorState | null = null;
  private revision: number;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly article: Article,
    private readonly call: CallApi,
  ) {
    this.fields = fieldsOf(article);
    this.revision = article.revision;
    this.autosave = new Autosave({
      save: () => this.save(),
      onState: (state) => {
        this.saveState = state;
        this.emit();
      },
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  changeFields(patch: Partial<ArticleFields>): void {
    this.fields = { ...this.fields, ...patch };
    this.emit();
    this.autosave.markDirty();
  }

  changeBody(state: EditorState): void {
    this.body = state;
    this.autosave.markDirty();
  }

  private async save() {
    // Serialised here, at save time, not on every keystroke.
    const body = this.body ? (this.body.toJSON() as unknown as StoredDocument) : this.article.body;
    const result = await this.call('articles.save', {
      ...this.fields,
      id: this.article.id,
      revision: this.revision,
      body,
    });
    if (result.ok) {
      this.revision = result.value.revision;
      if (this.fields.slug !== result.value.slug) {
        this.fields = { ...this.fields, slug: result.value.slug };
        this.emit();
      }
    }
    return result;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
