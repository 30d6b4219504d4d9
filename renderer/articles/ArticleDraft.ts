import type { EditorState } from 'lexical';
import type { Article, ArticleFields } from '../../shared/api/article';
import type { CallApi } from '../../shared/api/contract';
import type { ApiErrorShape, Result } from '../../shared/api/errors';
import type { BodyChanges } from '../../shared/editor/body-changes';
import { documentPlainText, type StoredDocument } from '../../shared/editor/document';
import { Autosave, type SaveState } from './autosave';
import { bodyIsEmpty } from './emptyBody';
import { hasVisibleText } from '../../shared/text/characters';
import { diffBody } from './bodyDiff';
import { saveAsNewArticle, type HeldSources, type HeldText } from './saveAsNew';

/** The body as the contract stores it (Lexical's JSON of the editor state). */
const storedDocument = (state: EditorState): StoredDocument => state.toJSON() as unknown as StoredDocument;

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
 * The rubric to show once the store has filed `sent` as `stored`: the stored spelling, with the spaces
 * typed around it kept (a pause after "gaya hidup " must not eat the space before the next word), or
 * the field as typed when the store only tidied its spaces.
 */
function filedRubric(sent: string, stored: string): string {
  if (sent.replace(/\s+/g, ' ').trim() === stored) return sent;
  const [, before = '', after = ''] = /^(\s*)[\s\S]*?(\s*)$/.exec(sent) ?? [];
  return `${before}${stored}${after}`;
}

/**
 * The article being edited: its latest fields and body, the revision it was saved at, and the
 * autosave that sends it. React subscribes to it (useSyncExternalStore); typing never waits for it.
 */
export class ArticleDraft {
  fields: ArticleFields;
  /** When the article was first published, as the store says after each save. */
  publishedAt: string | null;
  saveState: SaveState = { kind: 'saved' };
  /** Explicit saves (Ctrl+S) answered: each outcome is said aloud, where autosaves are not. */
  requestedSaves = 0;
  readonly autosave: Autosave;
  private body: EditorState | null = null;
  /** The editor state whose body the store holds at `revision`; saves send only what changed since. */
  private savedBody: EditorState | null = null;
  /** The fields as last saved (as JSON), to skip a save that would change nothing. */
  private savedFields: string;
  private revision: number;
  /** The sources panel's hand list and "Dikutip dari" line as it shows them, for Save as new. */
  private sources: HeldSources | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly article: Article,
    private readonly call: CallApi,
  ) {
    this.fields = fieldsOf(article);
    this.publishedAt = article.publishedAt;
    this.revision = article.revision;
    this.savedFields = JSON.stringify(this.fields);
    this.autosave = new Autosave({
      save: () => this.save(),
      onState: (state) => {
        this.saveState = state;
        this.emit();
      },
    });
  }

  get id(): string {
    return this.article.id;
  }

  /** The revision the store holds this article's last save at (as far as this window knows). */
  get savedRevision(): number {
    return this.revision;
  }

  /** Read again with nothing unsaved, the article was found deleted elsewhere: shown as a refused save is. */
  goneElsewhere(error: ApiErrorShape): void {
    this.autosave.refuse(error);
  }

  /**
   * Keeps the text of an article deleted elsewhere as a new article (saveAsNew.ts): every field and the
   * body as the editor holds them. Once it is stored, nothing here counts as unsaved any more (leaving
   * for the new article asks nothing); refused, the draft stays as it was. Resolves to the new id.
   */
  async saveAsNew(): Promise<Result<{ id: string }>> {
    await this.autosave.hold();
    const result = await saveAsNewArticle(this.call, () => this.held(), this.publishedAt);
    if (result.ok) this.autosave.discard();
    else this.autosave.release();
    return result;
  }

  private held(): HeldText {
    const body = this.body ?? this.savedBody;
    return {
      fields: this.fields,
      // Never changed since it opened: the body as stored then.
      body: body ? storedDocument(body) : this.article.body,
      bodyVersion: body,
      sources: this.sources,
    };
  }

  /** Headline, lead and body as plain text, blank lines between: what a copy of the text holds. */
  plainText(): string {
    const { fields, body } = this.held();
    return [fields.headline, fields.lead, documentPlainText(body)].filter((part) => part.trim()).join('\n\n');
  }

  /** The sources panel says what it shows (the line as typed, saved or not), for Save as new to carry. */
  sourcesShown(sources: HeldSources): void {
    this.sources = sources;
  }

  /** The save state, for `useSyncExternalStore` (renderer/articles/useSaveState.ts). */
  getSaveState = (): SaveState => this.saveState;
  getRequestedSaves = (): number => this.requestedSaves;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  changeFields(patch: Partial<ArticleFields>): void {
    this.fields = { ...this.fields, ...patch };
    this.emit();
    this.autosave.markDirty();
  }

  /** The editor's first state, parsed from the stored body: what the next save's changes are measured from. */
  bodyLoaded(state: EditorState): void {
    if (this.savedBody === null && this.body === null) this.savedBody = state;
  }

  /**
   * What the editor's plugins tidied as the body opened (before the user's first change): kept to go
   * with the next save, without marking the article changed — opening it is not an edit. A preview or
   * an export saves it first (saveAll), so they read the body the editor shows.
   */
  bodyTidied(state: EditorState): void {
    if (this.autosave.hasUnsavedChanges) this.changeBody(state);
    else this.body = state;
  }

  /** The save asked for by Ctrl+S: what is unsaved goes now, and the request is counted once answered. */
  async saveOnRequest(): Promise<void> {
    await this.autosave.flush();
    this.requestedSaves += 1;
    this.emit();
  }

  /** Saves everything, a tidy-up made as the body opened included. */
  saveAll(): Promise<void> {
    if (this.body !== null && this.body !== this.savedBody) this.autosave.markDirty();
    return this.autosave.flush();
  }

  /**
   * Deletes the article at the revision this editor holds (a stale one is refused, as a save is). No
   * save runs meanwhile; once deleted, whatever was still unsaved is dropped rather than sent to an
   * article that no longer exists.
   */
  async delete(): Promise<Result<{ id: string }>> {
    await this.autosave.hold();
    return this.deleteHeld();
  }

  /**
   * Deletes the article only if it is still empty once the saves are held (newArticles.ts): a key
   * pressed while its leave was on its way keeps it, and so does a source or a "Dikutip dari" line
   * given to it here or in another window, or a save from another window (the store checks, in the same
   * step). Resolves to whether it was deleted.
   */
  async deleteIfEmpty(): Promise<boolean> {
    await this.autosave.hold();
    if (this.empty()) return (await this.deleteHeld(true)).ok;
    this.autosave.release();
    return false;
  }

  private async deleteHeld(onlyIfEmpty = false): Promise<Result<{ id: string }>> {
    const result = await this.call('articles.delete', {
      id: this.article.id,
      revision: this.revision,
      ...(onlyIfEmpty ? { onlyIfEmpty } : {}),
    });
    if (result.ok) this.autosave.discard();
    else this.autosave.release();
    return result;
  }

  /**
   * Whether the article, opened as articles.create made it (revision 0), holds nothing now: its fields
   * as they were made (the slug the store derives from the headline aside; spaces are no word), no
   * word, photo or break in the body, no source or "Dikutip dari" line — never typed into, or typed into and emptied again. A
   * new article left like that is discarded (see discardIfEmpty).
   */
  empty(): boolean {
    // Published once (and back to draft since): its address was out there; it is never discarded.
    if (this.article.revision !== 0 || this.publishedAt !== null) return false;
    // Nor a source or a "Dikutip dari" line in the sources panel, typed or stored.
    if (this.sources?.byHand.length || this.sources?.quotedFrom.trim()) return false;
    const made = fieldsOf(this.article);
    const derivedSlug = !this.fields.slugManual && !made.slugManual;
    // A field holding only spaces (or other invisible characters) holds no word either.
    const comparable = (fields: ArticleFields) =>
      JSON.stringify({ ...fields, slug: derivedSlug ? '' : fields.slug }, (_key, value: unknown) =>
        typeof value === 'string' && !hasVisibleText(value) ? '' : value,
      );
    if (comparable(this.fields) !== comparable(made)) return false;
    // Never changed here: the body as made, which is empty.
    return this.body === null || bodyIsEmpty(this.body);
  }

  changeBody(state: EditorState): void {
    this.body = state;
    this.autosave.markDirty();
  }

  private async save(): Promise<Result<unknown>> {
    const state = this.body;
    const sentFields = this.fields;
    const fields = JSON.stringify(sentFields);
    // Serialised here, at save time, not on every keystroke — and only the blocks that changed.
    let bodyPart: { body?: StoredDocument; bodyChanges?: BodyChanges } = {};
    if (state !== null && state !== this.savedBody) {
      if (this.savedBody === null) bodyPart = { body: storedDocument(state) };
      else {
        const changes = diffBody(this.savedBody, state);
        if (changes) bodyPart = { bodyChanges: changes };
      }
    }
    // Nothing to store (e.g. a plugin re-wrote nodes without changing them): no new revision.
    if (!bodyPart.body && !bodyPart.bodyChanges && fields === this.savedFields) {
      if (state) this.savedBody = state;
      return { ok: true, value: null };
    }
    // Both sends carry the fields as they were when this save began: what is recorded as saved below.
    const send = (part: typeof bodyPart) =>
      this.call('articles.save', { ...sentFields, id: this.article.id, revision: this.revision, ...part });
    let result = await send(bodyPart);
    // The store and the editor disagree about the saved body (it should not happen): send all of it.
    if (!result.ok && result.error.code === 'BODY_MISMATCH' && state) {
      result = await send({ body: storedDocument(state) });
    }
    if (result.ok) {
      this.revision = result.value.revision;
      // The rubric as the store filed it ("olahraga" under the desk's "Olahraga"): left in the field as
      // typed, the next save would send "olahraga" back as a correction of the article's own rubric.
      const filed = filedRubric(sentFields.rubric, result.value.rubric);
      this.savedFields = JSON.stringify({ ...sentFields, slug: result.value.slug, rubric: filed });
      if (state) this.savedBody = state;
      // The store's slug (made from the headline, or tidied) and rubric fill their fields only if they
      // were not typed in since this save left: what was typed meanwhile is kept for the next save.
      const untouched =
        this.fields.slug === sentFields.slug && this.fields.slugManual === sentFields.slugManual;
      const slug = untouched ? result.value.slug : this.fields.slug;
      const rubric = this.fields.rubric === sentFields.rubric ? filed : this.fields.rubric;
      if (
        this.fields.slug !== slug ||
        this.fields.rubric !== rubric ||
        this.publishedAt !== result.value.publishedAt
      ) {
        this.fields = { ...this.fields, slug, rubric };
        this.publishedAt = result.value.publishedAt;
        this.emit();
      }
    }
    return result;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
