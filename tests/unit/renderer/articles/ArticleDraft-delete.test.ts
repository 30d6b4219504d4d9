import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { $createTextNode, $getRoot, type ElementNode } from 'lexical';
import { ArticleDraft } from '../../../../renderer/articles/ArticleDraft';
import { $createPageBreakNode } from '../../../../shared/editor/PageBreakNode';
import { $createHeadingNode } from '@lexical/rich-text';
import { edit } from '../../support/articles';
import { closeServices, draftOf, LINES as lines, openServices, typeInto } from '../../support/drafts';
import { editorWith } from '../../support/headless';

afterEach(closeServices);

describe('ArticleDraft deleteIfEmpty', () => {
  it('deletes a new article nothing was typed into, and keeps one typed into', async () => {
    const s = await openServices();
    const untouched = await s.ok('articles.create', {});
    const draft = new ArticleDraft(untouched, s.call);
    expect(draft.empty()).toBe(true);
    expect(await draft.deleteIfEmpty()).toBe(true);
    expect((await s.call('articles.get', { id: untouched.id })).ok).toBe(false);

    const typed = await s.ok('articles.create', {});
    const kept = new ArticleDraft(typed, s.call);
    kept.changeFields({ headline: 'B' });
    expect(await kept.deleteIfEmpty()).toBe(false);
    await kept.autosave.flush();
    expect((await s.ok('articles.get', { id: typed.id })).headline).toBe('B');
  });

  it('keeps a new article whose sources panel shows a Quoted-from line typed (not stored yet) or a source', async () => {
    const s = await openServices();
    const lined = new ArticleDraft(await s.ok('articles.create', {}), s.call);
    lined.sourcesShown({ byHand: [], quotedFrom: '  ' });
    expect(lined.empty()).toBe(true);
    lined.sourcesShown({ byHand: [], quotedFrom: 'Dikutip dari Antara' });
    expect(lined.empty()).toBe(false);
    expect(await lined.deleteIfEmpty()).toBe(false);

    const sourced = new ArticleDraft(await s.ok('articles.create', {}), s.call);
    sourced.sourcesShown({ byHand: [{ sourceId: randomUUID(), role: 'cited' }], quotedFrom: '' });
    expect(sourced.empty()).toBe(false);
    expect(await s.ok('articles.list', {})).toHaveLength(2);
  });

  it('deletes a new article typed into, saved and emptied again; keeps one with a break left, or saved elsewhere since', async () => {
    const s = await openServices();
    /** A new article with a headline and a paragraph typed and saved, then both emptied: its draft. */
    const emptiedAfterSaving = async (leftInBody: (root: ElementNode) => void) => {
      const made = await s.ok('articles.create', {});
      const draft = new ArticleDraft(made, s.call);
      const editor = editorWith(made.body);
      draft.bodyLoaded(editor.getEditorState());
      draft.changeFields({ headline: 'Banjir di Medan' });
      editor.update(() => $getRoot().getFirstChild<ElementNode>()!.append($createTextNode('Air naik.')), {
        discrete: true,
      });
      draft.changeBody(editor.getEditorState());
      await draft.autosave.flush();
      expect((await s.ok('articles.get', { id: made.id })).slug).toBe('banjir-di-medan');
      expect(draft.empty()).toBe(false);
      draft.changeFields({ headline: '' });
      editor.update(
        () => {
          $getRoot().getFirstChild<ElementNode>()!.clear();
          leftInBody($getRoot());
        },
        { discrete: true },
      );
      draft.changeBody(editor.getEditorState());
      await draft.autosave.flush();
      return { id: made.id, draft };
    };

    const emptied = await emptiedAfterSaving(() => {});
    expect(emptied.draft.empty()).toBe(true);
    expect(await emptied.draft.deleteIfEmpty()).toBe(true);
    expect((await s.call('articles.get', { id: emptied.id })).ok).toBe(false);

    const broken = await emptiedAfterSaving((root) => root.append($createPageBreakNode()));
    expect(broken.draft.empty()).toBe(false);
    // Emptied to a heading with nothing in it: nothing still.
    const headed = await emptiedAfterSaving((root) =>
      root.getFirstChild()!.replace($createHeadingNode('h2')),
    );
    expect(headed.draft.empty()).toBe(true);

    // Published once, then back to draft and emptied: kept.
    const published = await emptiedAfterSaving(() => {});
    published.draft.changeFields({ status: 'published' });
    await published.draft.autosave.flush();
    published.draft.changeFields({ status: 'draft' });
    await published.draft.autosave.flush();
    expect(published.draft.publishedAt).not.toBeNull();
    expect(published.draft.empty()).toBe(false);

    const elsewhere = await emptiedAfterSaving(() => {});
    const stored = await s.ok('articles.get', { id: elsewhere.id });
    await s.ok('articles.save', edit(stored, { headline: 'Ditulis di jendela lain' }));
    expect(elsewhere.draft.empty()).toBe(true);
    expect(await elsewhere.draft.deleteIfEmpty()).toBe(false);
    expect((await s.ok('articles.get', { id: elsewhere.id })).headline).toBe('Ditulis di jendela lain');
  });
});

describe('ArticleDraft deletes', () => {
  it('after the save on its way, at the revision it made; what was typed since is dropped, never sent to a gone article', async () => {
    const { s, article, sent, draft } = await draftOf(lines);
    const editor = editorWith(article.body);
    draft.bodyLoaded(editor.getEditorState());
    typeInto(editor, 0, 'Air surut.');
    draft.changeBody(editor.getEditorState());
    const saving = draft.autosave.flush();
    // Typed while that save is on its way, then Delete article.
    draft.changeFields({ headline: 'Banjir surut' });
    const deleted = await draft.delete();
    await saving;
    expect(deleted).toEqual({ ok: true, value: { id: article.id } });
    expect(sent).toHaveLength(1);
    expect(draft.autosave.hasUnsavedChanges).toBe(false);
    // Leaving, closing or typing on saves nothing: no NOT_FOUND, and the article is not made again.
    typeInto(editor, 1, 'Lagi.');
    draft.changeBody(editor.getEditorState());
    await draft.autosave.flush();
    await draft.saveAll();
    expect(sent).toHaveLength(1);
    expect(draft.saveState.kind).not.toBe('failed');
    expect(await s.ok('articles.list', {})).toEqual([]);
    expect((await s.fails('articles.get', { id: article.id })).code).toBe('NOT_FOUND');
  });

  it('is refused from a window another one saved since; the article stays and saving goes on', async () => {
    const { s, article, sent, draft } = await draftOf(lines);
    draft.bodyLoaded(editorWith(article.body).getEditorState());
    await s.ok('articles.save', { ...edit(article, { headline: 'Banjir di jendela lain' }) });
    draft.changeFields({ lead: 'Typed here.' });
    const refused = await draft.delete();
    expect(refused.ok || refused.error.code).toBe('CONFLICT');
    expect((await s.ok('articles.get', { id: article.id })).headline).toBe('Banjir di jendela lain');
    // The change typed here is still unsaved and goes out (to be refused as stale, as any save is).
    await draft.autosave.flush();
    expect(sent).toHaveLength(1);
    expect(draft.saveState).toMatchObject({ kind: 'failed', error: { code: 'CONFLICT' } });
  });
});
