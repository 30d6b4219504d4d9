import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceRole } from '../../../../../shared/api/source';
import type { StoredDocument } from '../../../../../shared/editor/document';
import { taggedSourceIds } from '../../../../../shared/sources/blocks';
import { documentOf, paragraph, paragraphs, sourceMark, text } from '../../../support/documents';
import { openTestServices, type TestServices } from '../../../support/services';

let services: TestServices;
beforeEach(async () => {
  services = await openTestServices();
});
afterEach(() => services.close());

/** Adds sources to an article by hand, each with its role, as its Sources panel does. */
const addByHand = (id: string, ...byHand: Array<{ sourceId: string; role: SourceRole }>) =>
  services.ok('articles.setSources', { id, byHand });

async function article(headline: string, body: StoredDocument) {
  const created = await services.ok('articles.create', {});
  await services.ok('articles.save', { ...created, headline, body });
  return services.ok('articles.get', { id: created.id });
}

describe('merging duplicate sources', () => {
  it('moves every use to the source that stays — tags in stored bodies (revision bumped) and hand-added rows — then removes the duplicate', async () => {
    const keep = await services.ok('sources.create', {
      kind: 'person',
      name: 'Jake Sullivan',
      role: 'Penasihat Keamanan Nasional',
    });
    const duplicate = await services.ok('sources.create', {
      kind: 'person',
      name: 'J. Sullivan',
      organisation: 'Gedung Putih',
      url: 'https://www.whitehouse.gov',
    });
    const other = await services.ok('sources.create', { kind: 'organisation', name: 'Kremlin' });
    const first = await article(
      'Washington prihatin',
      documentOf(
        paragraph(
          sourceMark(duplicate.id, text('“Kami sangat prihatin,”')),
          text(' kata '),
          sourceMark(keep.id, text('Sullivan')),
        ),
        paragraph(text('Menurut '), sourceMark(other.id, text('Kremlin')), text(', pertemuan lancar.')),
      ),
    );
    const second = await article(
      'Reaksi Gedung Putih',
      documentOf(paragraph(sourceMark(duplicate.id, text('Ini melanggar sanksi PBB')), text('.'))),
    );
    const untouched = await article('Banjir di Medan', paragraphs('Tanpa sumber.'));
    const third = await article('Analisis', paragraphs('Tanpa tanda.'));
    await services.ok('articles.setSources', {
      id: third.id,
      byHand: [{ sourceId: duplicate.id, role: 'cited' }],
      quotedFrom: '',
    });

    const merged = await services.ok('sources.merge', { keepId: keep.id, duplicateId: duplicate.id });
    expect(merged.articlesChanged).toBe(3);
    // The survivor keeps its own fields and takes the duplicate's where it had none.
    expect(merged.source).toMatchObject({
      id: keep.id,
      name: 'Jake Sullivan',
      role: 'Penasihat Keamanan Nasional',
      organisation: 'Gedung Putih',
      url: 'https://www.whitehouse.gov',
      usageCount: 3,
    });
    expect((await services.ok('sources.list', {})).map((source) => source.name)).toEqual([
      'Jake Sullivan',
      'Kremlin',
    ]);
    expect(await services.fails('sources.usage', { id: duplicate.id })).toMatchObject({ code: 'NOT_FOUND' });

    const firstAfter = await services.ok('articles.get', { id: first.id });
    expect(firstAfter.revision).toBe(first.revision + 1);
    // A registry tidy-up does not move the articles up the list (newest change first), as Rename tag.
    expect(firstAfter.updatedAt).toBe(first.updatedAt);
    expect(taggedSourceIds(firstAfter.body)).toEqual([keep.id, other.id]);
    expect(JSON.stringify(firstAfter.body)).not.toContain(duplicate.id);
    const secondAfter = await services.ok('articles.get', { id: second.id });
    expect(secondAfter.revision).toBe(second.revision + 1);
    expect(taggedSourceIds(secondAfter.body)).toEqual([keep.id]);
    expect((await services.ok('articles.get', { id: untouched.id })).revision).toBe(untouched.revision);

    const usage = await services.ok('sources.usage', { id: keep.id });
    expect(usage.articles.map((use) => [use.headline, use.roles]).sort()).toEqual([
      ['Analisis', ['cited']],
      ['Reaksi Gedung Putih', ['cited']],
      ['Washington prihatin', ['quoted']],
    ]);
    expect((await services.ok('articles.list', { sourceId: keep.id })).length).toBe(3);
    expect(await services.ok('articles.sources', { id: first.id })).toMatchObject({
      entries: [
        { source: { id: keep.id }, role: 'quoted', byHand: false, tags: 2 },
        { source: { id: other.id }, role: 'cited', byHand: false, tags: 1 },
      ],
    });
  });

  it('keeps quoted when one was added by hand as cited and the other as quoted, and says nothing was dropped', async () => {
    const keep = await services.ok('sources.create', { kind: 'person', name: 'Dmitry Peskov' });
    const duplicate = await services.ok('sources.create', { kind: 'person', name: 'D. Peskov' });
    const other = await services.ok('sources.create', { kind: 'person', name: 'Peskov' });
    const vostochny = await article('Putin dan Kim bertemu di Vostochny', paragraphs('Isi.'));
    const second = await article('Kunjungan balasan', paragraphs('Isi.'));
    await addByHand(
      vostochny.id,
      { sourceId: keep.id, role: 'cited' },
      { sourceId: duplicate.id, role: 'quoted' },
    );
    await addByHand(second.id, { sourceId: keep.id, role: 'quoted' }, { sourceId: other.id, role: 'cited' });

    const merged = await services.ok('sources.merge', { keepId: keep.id, duplicateId: duplicate.id });
    expect(merged).toMatchObject({ articlesChanged: 1, droppedRoles: [] });
    const after = await services.ok('articles.sources', { id: vostochny.id });
    expect(after.entries.map((entry) => [entry.source.name, entry.role, entry.byHand])).toEqual([
      ['Dmitry Peskov', 'quoted', true],
    ]);
    // The other way round, the quoted one kept: it stays quoted.
    const again = await services.ok('sources.merge', { keepId: keep.id, duplicateId: other.id });
    expect(again).toMatchObject({ articlesChanged: 1, droppedRoles: [] });
    const secondAfter = await services.ok('articles.sources', { id: second.id });
    expect(secondAfter.entries.map((entry) => [entry.source.name, entry.role])).toEqual([
      ['Dmitry Peskov', 'quoted'],
    ]);
  });

  it('keeps the weightier role when both sources were added by hand to one article, and names the role dropped', async () => {
    const keep = await services.ok('sources.create', { kind: 'agency', name: 'ANTARA' });
    const duplicate = await services.ok('sources.create', { kind: 'agency', name: 'Antara News' });
    const photoAgency = await services.ok('sources.create', { kind: 'agency', name: 'AFP' });
    const afp = await services.ok('sources.create', { kind: 'agency', name: 'AFP Photo' });
    const syndicated = await article('Dari kantor berita', paragraphs('Isi.'));
    await addByHand(
      syndicated.id,
      { sourceId: keep.id, role: 'cited' },
      { sourceId: duplicate.id, role: 'syndicated' },
      { sourceId: photoAgency.id, role: 'photo' },
      { sourceId: afp.id, role: 'cited' },
    );
    const antara = await services.ok('sources.merge', { keepId: keep.id, duplicateId: duplicate.id });
    expect(antara.droppedRoles).toEqual([
      { articleId: syndicated.id, headline: 'Dari kantor berita', kept: 'syndicated', dropped: 'cited' },
    ]);
    const photo = await services.ok('sources.merge', { keepId: photoAgency.id, duplicateId: afp.id });
    expect(photo.droppedRoles).toEqual([
      { articleId: syndicated.id, headline: 'Dari kantor berita', kept: 'photo', dropped: 'cited' },
    ]);
    const after = await services.ok('articles.sources', { id: syndicated.id });
    expect(after.entries.map((entry) => [entry.source.name, entry.role, entry.byHand])).toEqual([
      ['ANTARA', 'syndicated', true],
      ['AFP', 'photo', true],
    ]);
  });

  it('tells an editor still holding the old body to reload instead of overwriting the merge', async () => {
    const keep = await services.ok('sources.create', { kind: 'person', name: 'Jake Sullivan' });
    const duplicate = await services.ok('sources.create', { kind: 'person', name: 'Sullivan' });
    const open = await article('Terbuka', documentOf(paragraph(sourceMark(duplicate.id, text('kata dia')))));
    await services.ok('sources.merge', { keepId: keep.id, duplicateId: duplicate.id });
    const stale = await services.fails('articles.save', { ...open, headline: 'Diubah' });
    expect(stale.code).toBe('CONFLICT');
  });

  it('refuses to merge a source into itself or into one that is gone, changing nothing', async () => {
    const keep = await services.ok('sources.create', { kind: 'person', name: 'Jake Sullivan' });
    const itself = await services.fails('sources.merge', { keepId: keep.id, duplicateId: keep.id });
    expect(itself.message).toContain('Pick two different sources to merge.');
    const gone = await services.fails('sources.merge', {
      keepId: '6f1c2a7e-4b1d-4c8e-9a37-2f0d5e8b1c44',
      duplicateId: keep.id,
    });
    expect(gone.code).toBe('NOT_FOUND');
    expect((await services.ok('sources.list', {})).map((source) => source.name)).toEqual(['Jake Sullivan']);
  });
});
