import { afterEach, describe, expect, it } from 'vitest';
import { $getRoot } from 'lexical';
import type { CallApi } from '../../../../shared/api/contract';
import { ArticleDraft } from '../../../../renderer/articles/ArticleDraft';
import { edit } from '../../support/articles';
import { paragraphs } from '../../support/documents';
import { closeServices, draftOf, LINES as lines, storedArticle, typeInto } from '../../support/drafts';
import { editorWith } from '../../support/headless';

afterEach(closeServices);

describe('ArticleDraft saves', () => {
  it('send only the changed blocks, and the store ends with exactly the editor’s body', async () => {
    const { s, article, sent, draft } = await draftOf(lines);
    const editor = editorWith(article.body);
    draft.bodyLoaded(editor.getEditorState());
    for (const [block, words] of [
      [10, 'Air surut.'],
      [400, 'Warga kembali.'],
    ] as const) {
      typeInto(editor, block, words);
      draft.changeBody(editor.getEditorState());
      await draft.autosave.flush();
    }
    expect(draft.saveState).toEqual({ kind: 'saved' });
    expect(sent).toHaveLength(2);
    for (const input of sent) {
      expect(input.body).toBeUndefined();
      expect(input.bodyChanges).toMatchObject({ splices: [{ deleteCount: 1 }], blockCount: 500 });
    }
    const stored = await s.ok('articles.get', { id: article.id });
    expect(stored.body).toEqual(editor.getEditorState().toJSON());
    expect(stored.revision).toBe(article.revision + 2);
  });

  it('tell those who show the save state once when typing starts, not again at each key, and again once saved', async () => {
    const { article, draft } = await draftOf(lines);
    const editor = editorWith(article.body);
    draft.bodyLoaded(editor.getEditorState());
    const shown: string[] = [];
    draft.subscribe(() => shown.push(draft.getSaveState().kind));
    for (const words of ['Air', 'surut', 'pagi', 'ini.']) {
      typeInto(editor, 3, words);
      draft.changeBody(editor.getEditorState());
    }
    expect(shown).toEqual(['dirty']);
    const snapshot = draft.getSaveState();
    typeInto(editor, 3, 'Warga');
    draft.changeBody(editor.getEditorState());
    // The same snapshot: useSyncExternalStore renders nothing again for it.
    expect(draft.getSaveState()).toBe(snapshot);
    await draft.autosave.flush();
    expect(shown.at(-1)).toBe('saved');
  });

  it('send the whole body when the store does not hold what the editor opened with', async () => {
    const { s, article, sent, draft } = await draftOf(lines);
    // The editor opened another body than the stored one (the two disagree; it should never happen).
    const editor = editorWith(paragraphs('Hanya', 'tiga', 'paragraf'));
    draft.bodyLoaded(editor.getEditorState());
    typeInto(editor, 1, 'lagi');
    draft.changeBody(editor.getEditorState());
    await draft.autosave.flush();
    expect(draft.saveState).toEqual({ kind: 'saved' });
    expect(sent.map((input) => (input.body ? 'body' : 'changes'))).toEqual(['changes', 'body']);
    expect((await s.ok('articles.get', { id: article.id })).body).toEqual(editor.getEditorState().toJSON());
  });

  it('send no body at all when only the fields changed', async () => {
    const { s, article, sent, draft } = await draftOf(lines);
    draft.bodyLoaded(editorWith(article.body).getEditorState());
    draft.changeFields({ headline: 'Banjir Surut' });
    await draft.autosave.flush();
    expect(sent).toEqual([expect.not.objectContaining({ body: expect.anything() })]);
    expect(sent[0]!.bodyChanges).toBeUndefined();
    const stored = await s.ok('articles.get', { id: article.id });
    expect(stored).toMatchObject({ headline: 'Banjir Surut', body: article.body });
  });

  it('learn from the save that first publishes the article when it was published, and tell the view', async () => {
    const { article, draft } = await draftOf(lines);
    draft.bodyLoaded(editorWith(article.body).getEditorState());
    expect(draft.publishedAt).toBeNull();
    let told = 0;
    draft.subscribe(() => (told += 1));
    draft.changeFields({ status: 'published' });
    await draft.autosave.flush();
    const first = draft.publishedAt;
    expect(first).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(told).toBeGreaterThan(1); // the field change, then the stamp
    draft.changeFields({ headline: 'Banjir, ralat' });
    await draft.autosave.flush();
    expect(draft.publishedAt).toBe(first);
  });

  it('send nothing, and make no new revision, when nothing changed', async () => {
    const { s, article, sent, draft } = await draftOf(lines);
    const editor = editorWith(article.body);
    draft.bodyLoaded(editor.getEditorState());
    // A plugin copies every text node when the editor opens (ListPlugin's transform does).
    editor.update(
      () =>
        $getRoot()
          .getAllTextNodes()
          .forEach((node) => node.markDirty()),
      { discrete: true },
    );
    draft.changeBody(editor.getEditorState());
    draft.changeFields({ headline: article.headline });
    await draft.autosave.flush();
    expect(draft.saveState).toEqual({ kind: 'saved' });
    expect(sent).toEqual([]);
    expect((await s.ok('articles.get', { id: article.id })).revision).toBe(article.revision);
    // After a real change, saves go out again.
    typeInto(editor, 0, 'Pagi.');
    draft.changeBody(editor.getEditorState());
    await draft.autosave.flush();
    expect(sent).toHaveLength(1);
  });

  it('record as saved exactly the fields they sent, even when the body had to be sent whole again', async () => {
    const { s, article } = await storedArticle(lines);
    let saves = 0;
    const call = (async (method, input) => {
      const result = await s.call(method, input);
      if (method === 'articles.save') {
        saves += 1;
        // Typed during the first round trip, and taken back during the second.
        draft2.changeFields({ headline: saves === 1 ? 'Banjir Besar' : 'Banjir' });
      }
      return result;
    }) as CallApi;
    const draft2 = new ArticleDraft(article, call);
    // The editor opened another body than the stored one: the first save is refused and sent whole.
    const editor = editorWith(paragraphs('Hanya', 'dua'));
    draft2.bodyLoaded(editor.getEditorState());
    typeInto(editor, 0, 'lagi');
    draft2.changeBody(editor.getEditorState());
    await draft2.autosave.flush();
    expect(draft2.fields.headline).toBe('Banjir');
    expect((await s.ok('articles.get', { id: article.id })).headline).toBe('Banjir');
  });

  it('save edits made while a save is in flight right after it, and end with the editor’s body', async () => {
    const { s, article } = await storedArticle(lines);
    const sent: Array<Record<string, unknown>> = [];
    const editor = editorWith(article.body);
    let typed = false;
    const call = (async (method, input) => {
      if (method === 'articles.save') sent.push(input as Record<string, unknown>);
      const result = await s.call(method, input);
      if (method === 'articles.save' && !typed) {
        typed = true; // the user goes on typing while the first save is on its way
        typeInto(editor, 300, 'Ketik saat menyimpan.');
        live.changeBody(editor.getEditorState());
      }
      return result;
    }) as CallApi;
    const live = new ArticleDraft(article, call);
    live.bodyLoaded(editor.getEditorState());
    typeInto(editor, 10, 'Awal.');
    live.changeBody(editor.getEditorState());
    await live.autosave.flush();
    expect(live.saveState).toEqual({ kind: 'saved' });
    expect(
      sent.map((input) => (input.bodyChanges as { splices: Array<{ start: number }> }).splices[0]!.start),
    ).toEqual([10, 300]);
    expect((await s.ok('articles.get', { id: article.id })).body).toEqual(editor.getEditorState().toJSON());
  });
});

describe('ArticleDraft and the slug', () => {
  it('keep a slug typed while the save of a new headline is on its way; the store’s slug fills in only an untouched field', async () => {
    const { s, article } = await storedArticle(lines);
    let typed = false;
    const call = (async (method, input) => {
      const result = await s.call(method, input);
      if (method === 'articles.save' && !typed) {
        typed = true; // the slug is typed while the headline's save is on its way
        draft.changeFields({ slug: 'slug-pilihan', slugManual: true });
      }
      return result;
    }) as CallApi;
    const draft = new ArticleDraft(article, call);
    draft.bodyLoaded(editorWith(article.body).getEditorState());
    draft.changeFields({ headline: 'Banjir besar di Demak' });
    await draft.autosave.flush();
    expect(draft.fields.slug).toBe('slug-pilihan');
    await draft.autosave.flush();
    expect(await s.ok('articles.get', { id: article.id })).toMatchObject({
      slug: 'slug-pilihan',
      slugManual: true,
    });

    // Untouched, the field takes what the store made of the headline.
    draft.changeFields({ slugManual: false });
    await draft.autosave.flush();
    expect(draft.fields.slug).toBe('banjir-besar-di-demak');
  });

  it('keep the slug shown when it is made the hand-set one while a save is on its way', async () => {
    const { s, article } = await storedArticle(lines);
    let typed = false;
    const call = (async (method, input) => {
      const result = await s.call(method, input);
      if (method === 'articles.save' && !typed) {
        typed = true; // the slug as it was when the save left, now kept by hand
        draft.changeFields({ slugManual: true });
      }
      return result;
    }) as CallApi;
    const draft = new ArticleDraft(article, call);
    draft.bodyLoaded(editorWith(article.body).getEditorState());
    const before = draft.fields.slug;
    draft.changeFields({ headline: 'Judul lain sama sekali' });
    await draft.autosave.flush();
    await draft.autosave.flush();
    expect(draft.fields.slug).toBe(before);
    expect(await s.ok('articles.get', { id: article.id })).toMatchObject({ slug: before, slugManual: true });
  });
});

describe('ArticleDraft and the rubric', () => {
  it('show the rubric as the store filed it, so the next save does not undo the desk’s spelling', async () => {
    const { s, article, sent, draft } = await draftOf(lines);
    const other = await s.ok('articles.create', {});
    await s.ok('articles.save', edit(other, { rubric: 'Olahraga' }));
    draft.bodyLoaded(editorWith(article.body).getEditorState());

    draft.changeFields({ rubric: 'olahraga ' });
    await draft.autosave.flush();
    // The space typed after it stays: the editor may be on the way to "olahraga nasional".
    expect(draft.fields.rubric).toBe('Olahraga ');
    draft.changeFields({ headline: 'Medali emas pertama' });
    await draft.autosave.flush();
    expect(sent.map((input) => input.rubric)).toEqual(['olahraga ', 'Olahraga ']);
    expect((await s.ok('articles.get', { id: article.id })).rubric).toBe('Olahraga');

    // Its own rubric re-typed in other capitals is still a correction, kept as typed.
    draft.changeFields({ rubric: 'OLAHRAGA' });
    await draft.autosave.flush();
    expect(draft.fields.rubric).toBe('OLAHRAGA');
    expect((await s.ok('articles.get', { id: article.id })).rubric).toBe('OLAHRAGA');
  });

  it('keep a rubric typed while a save is on its way', async () => {
    const { s, article } = await storedArticle(lines);
    const other = await s.ok('articles.create', {});
    await s.ok('articles.save', edit(other, { rubric: 'Olahraga' }));
    let typed = false;
    const call = (async (method, input) => {
      const result = await s.call(method, input);
      if (method === 'articles.save' && !typed) {
        typed = true;
        draft.changeFields({ rubric: 'olahraga nasional' });
      }
      return result;
    }) as CallApi;
    const draft = new ArticleDraft(article, call);
    draft.bodyLoaded(editorWith(article.body).getEditorState());
    draft.changeFields({ rubric: 'olahraga' });
    await draft.autosave.flush();
    expect(draft.fields.rubric).toBe('olahraga nasional');
    await draft.autosave.flush();
    expect((await s.ok('articles.get', { id: article.id })).rubric).toBe('olahraga nasional');
  });
});
