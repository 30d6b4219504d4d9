import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { $getRoot, $isTextNode, type ElementNode, type LexicalEditor } from 'lexical';
import type { ArticleFields } from '../../../../shared/api/article';
import type { CallApi } from '../../../../shared/api/contract';
import { documentPlainText } from '../../../../shared/editor/document';
import { ArticleDraft } from '../../../../renderer/articles/ArticleDraft';
import { deletedElsewhere } from '../../../../renderer/articles/deletedElsewhere';
import { edit } from '../../support/articles';
import { paragraphs } from '../../support/documents';
import { editorWith } from '../../support/headless';
import { openTestServices, type TestServices } from '../../support/services';

let api: TestServices | null = null;
afterEach(() => api?.close());

/** Every field an editor fills. */
const FIELDS = {
  rubric: 'Ekonomi',
  headline: 'Harga cabai naik',
  lead: 'Pedagang mengeluh.',
  writers: ['Ani', 'Budi'],
  editor: 'Citra',
  dateline: { prefix: 'TRIBUN-MEDAN.COM', place: 'Medan' },
  tags: ['cabai', 'pasar'],
  status: 'ready',
} satisfies Partial<ArticleFields>;

/** An article with every field filled, open in a draft over the real services, then deleted elsewhere. */
async function deletedWhileOpen(call?: (s: TestServices) => CallApi) {
  const s = (api = await openTestServices());
  const created = await s.ok('articles.create', {});
  await s.ok('articles.save', edit(created, { ...FIELDS, body: paragraphs('Harga cabai naik tajam.') }));
  const article = await s.ok('articles.get', { id: created.id });
  const draft = new ArticleDraft(article, call ? call(s) : s.call);
  const editor = editorWith(article.body);
  draft.bodyLoaded(editor.getEditorState());
  await s.ok('articles.delete', { id: article.id, revision: article.revision });
  return { s, article, draft, editor };
}

function typeAtEnd(editor: LexicalEditor, draft: ArticleDraft, words: string): void {
  editor.update(
    () => {
      const node = $getRoot().getLastChild<ElementNode>()!.getLastDescendant()!;
      if ($isTextNode(node)) node.setTextContent(`${node.getTextContent()} ${words}`);
    },
    { discrete: true },
  );
  draft.changeBody(editor.getEditorState());
}

describe('an article deleted in another window while it is open', () => {
  it('refuses the next save as deleted elsewhere, and Save as new keeps every field and all the text', async () => {
    const { s, article, draft, editor } = await deletedWhileOpen();
    typeAtEnd(editor, draft, 'Ditulis setelah dihapus.');
    draft.changeFields({ lead: 'Pedagang mengeluh lagi.' });
    await draft.autosave.flush();
    expect(draft.saveState.kind).toBe('failed');
    expect(draft.saveState.kind === 'failed' && deletedElsewhere(draft.saveState.error, article.id)).toBe(
      true,
    );

    const kept = await draft.saveAsNew();
    if (!kept.ok) throw new Error(kept.error.message);
    expect(kept.value.id).not.toBe(article.id);
    const stored = await s.ok('articles.get', { id: kept.value.id });
    expect(stored).toMatchObject({ ...FIELDS, lead: 'Pedagang mengeluh lagi.', slug: 'harga-cabai-naik' });
    expect(documentPlainText(stored.body)).toBe('Harga cabai naik tajam. Ditulis setelah dihapus.');
    // Kept: leaving for the new article asks nothing about the old one.
    expect(draft.autosave.hasUnsavedChanges).toBe(false);
    expect((await s.ok('articles.list', {})).map((a) => a.id)).toEqual([kept.value.id]);
  });

  it('carries the sources added by hand and the "Dikutip dari" line as typed, leaving out a source gone from the registry', async () => {
    const { s, draft } = await deletedWhileOpen();
    const antara = await s.ok('sources.create', { kind: 'agency', name: 'Antara' });
    const bobby = await s.ok('sources.create', { kind: 'person', name: 'Bobby Nasution' });
    const gone = await s.ok('sources.create', { kind: 'person', name: 'Sumber Terhapus' });
    draft.sourcesShown({
      byHand: [
        { sourceId: antara.id, role: 'syndicated' },
        { sourceId: gone.id, role: 'cited' },
        { sourceId: bobby.id, role: 'quoted' },
      ],
      quotedFrom: 'Dikutip dari Antara, diperbarui',
    });
    await s.ok('sources.delete', { id: gone.id });

    const kept = await draft.saveAsNew();
    if (!kept.ok) throw new Error(kept.error.message);
    const sourcing = await s.ok('articles.sources', { id: kept.value.id });
    expect(sourcing.entries.map((entry) => [entry.source.name, entry.role, entry.byHand])).toEqual([
      ['Antara', 'syndicated', true],
      ['Bobby Nasution', 'quoted', true],
    ]);
    expect(sourcing.quotedFrom).toBe('Dikutip dari Antara, diperbarui');
  });

  it('keeps a published article’s first publication date and its address, though the headline changed since', async () => {
    let clock = new Date('2026-03-01T08:00:00.000Z');
    const s = (api = await openTestServices({ now: () => clock }));
    const created = await s.ok('articles.create', {});
    await s.ok('articles.save', edit(created, { headline: 'Banjir di Medan', status: 'published' }));
    clock = new Date('2026-03-01T09:00:00.000Z');
    const published = await s.ok('articles.get', { id: created.id });
    await s.ok('articles.save', edit(published, { headline: 'Banjir di Medan surut' }));
    const article = await s.ok('articles.get', { id: created.id });
    expect(article).toMatchObject({ slug: 'banjir-di-medan', publishedAt: '2026-03-01T08:00:00.000Z' });
    const draft = new ArticleDraft(article, s.call);
    draft.bodyLoaded(editorWith(article.body).getEditorState());
    await s.ok('articles.delete', { id: article.id, revision: article.revision });

    clock = new Date('2026-03-02T10:00:00.000Z');
    const kept = await draft.saveAsNew();
    if (!kept.ok) throw new Error(kept.error.message);
    expect(await s.ok('articles.get', { id: kept.value.id })).toMatchObject({
      headline: 'Banjir di Medan surut',
      slug: 'banjir-di-medan',
      slugManual: false,
      status: 'published',
      publishedAt: '2026-03-01T08:00:00.000Z',
    });
  });

  it('keeps the body as it opened when only a field was typed after the delete', async () => {
    const { s, draft } = await deletedWhileOpen();
    draft.changeFields({ headline: 'Harga cabai turun' });
    await draft.autosave.flush();
    const kept = await draft.saveAsNew();
    if (!kept.ok) throw new Error(kept.error.message);
    const stored = await s.ok('articles.get', { id: kept.value.id });
    expect(stored.headline).toBe('Harga cabai turun');
    expect(documentPlainText(stored.body)).toBe('Harga cabai naik tajam.');
  });

  it('sends what is typed while Save as new is on its way to the new article too', async () => {
    /** Typing that lands as each answer arrives, once Save as new has begun. */
    const typed: Partial<Record<string, () => void>> = {};
    const { s, draft, editor } = await deletedWhileOpen(
      (services) =>
        (async (method, input) => {
          const result = await services.call(method, input);
          typed[method]?.();
          delete typed[method];
          return result;
        }) as CallApi,
    );
    typeAtEnd(editor, draft, 'Satu.');
    await draft.autosave.flush();
    typed['articles.create'] = () => {
      typeAtEnd(editor, draft, 'Dua.');
      draft.changeFields({ headline: 'Harga cabai naik lagi' });
    };
    typed['articles.save'] = () => typeAtEnd(editor, draft, 'Tiga.');
    const kept = await draft.saveAsNew();
    if (!kept.ok) throw new Error(kept.error.message);
    const stored = await s.ok('articles.get', { id: kept.value.id });
    expect(stored.headline).toBe('Harga cabai naik lagi');
    expect(documentPlainText(stored.body)).toBe('Harga cabai naik tajam. Satu. Dua. Tiga.');
    expect(draft.autosave.hasUnsavedChanges).toBe(false);
  });

  it('leaves no empty article behind when the text cannot be saved, and keeps it unsaved in the editor', async () => {
    const { s, draft, editor } = await deletedWhileOpen();
    typeAtEnd(editor, draft, 'Penting.');
    // Its featured photo is not in the library (deleted too, say): the save is refused.
    draft.changeFields({ featuredPhotoId: randomUUID() });
    await draft.autosave.flush();
    const kept = await draft.saveAsNew();
    expect(kept.ok).toBe(false);
    expect(await s.ok('articles.list', {})).toEqual([]);
    expect(draft.autosave.hasUnsavedChanges).toBe(true);
  });

  it('does not take a missing featured photo for the article being deleted', async () => {
    const s = (api = await openTestServices());
    const created = await s.ok('articles.create', {});
    const photoId = randomUUID();
    const refused = await s.fails('articles.save', edit(created, { featuredPhotoId: photoId }));
    expect(refused.code).toBe('NOT_FOUND');
    expect(deletedElsewhere(refused, created.id)).toBe(false);
    await s.ok('articles.delete', { id: created.id, revision: created.revision });
    expect(deletedElsewhere(await s.fails('articles.save', edit(created, {})), created.id)).toBe(true);
  });
});
