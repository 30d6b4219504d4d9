import { afterEach, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../../../electron/services/articles/search';
import { segmentedForms } from '../../../../../shared/text/unspaced';
import { headlinesFound, writeArticle } from '../../../support/search';
import { addLibraryPhoto } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';

let s: TestServices;
afterEach(() => s?.close());

const write = (headline: string, ...body: string[]) => writeArticle(s, headline, ...body);
const found = (query: string) => headlinesFound(s, query);

describe('search finds the words of scripts written without spaces (Chinese, Japanese, Thai…)', () => {
  it('finds a word inside a Chinese, Japanese, Thai, Lao or Khmer sentence, and a phrase of them', async () => {
    s = await openTestServices();
    await write('Rapat di Beijing', '我们今天去北京开会讨论经济问题。');
    await write('北京今天举行新闻发布会', 'Konferensi pers.');
    await write('Rapat di Tokyo', '私たちは今日東京で会議を開きました。');
    await write('Hujan di Bangkok', 'วันนี้ฝนตกหนักที่กรุงเทพมหานครและผู้คนจำนวนมากติดอยู่ในรถ');
    await write('Pasar di Laos', 'ໄປຕະຫຼາດ');
    await write('Pasar di Kamboja', 'ខ្ញុំទៅផ្សារ');
    await write('Lainnya', 'Rapat biasa di Jakarta.');

    expect(await found('北京')).toEqual(['Rapat di Beijing', '北京今天举行新闻发布会']);
    expect(await found('经济')).toEqual(['Rapat di Beijing']);
    expect(await found('开会 ')).toEqual(['Rapat di Beijing']);
    // Two words typed together are those words in a row, in that order.
    expect(await found('北京开会')).toEqual(['Rapat di Beijing']);
    expect(await found('北京今天')).toEqual(['北京今天举行新闻发布会']);
    expect(await found('"今天 北京"')).toEqual([]);
    expect(await found('東京')).toEqual(['Rapat di Tokyo']);
    expect(await found('会議 ')).toEqual(['Rapat di Tokyo']);
    expect(await found('東京で会議')).toEqual(['Rapat di Tokyo']);
    expect(await found('รถ')).toEqual(['Hujan di Bangkok']);
    expect(await found('ผู้คน ')).toEqual(['Hujan di Bangkok']);
    expect(await found('กรุงเทพมหานคร ')).toEqual(['Hujan di Bangkok']);
    // Thai "ำ" typed as its two halves is the same letter.
    expect(await found('จ\u0e4d\u0e32นวน ')).toEqual(['Hujan di Bangkok']);
    // Still being typed: a word's first letters, however the segmenter cuts them alone.
    expect(await found('กรุงเท')).toEqual(['Hujan di Bangkok']);
    expect(await found('ຕະຫຼາດ')).toEqual(['Pasar di Laos']);
    expect(await found('ផ្សារ')).toEqual(['Pasar di Kamboja']);
    // With a Latin word of the same article, and one of another.
    expect(await found('rapat 東京')).toEqual(['Rapat di Tokyo']);
    expect(await found('jakarta 東京')).toEqual([]);
  });

  it('shows the article’s own words around the word found', async () => {
    s = await openTestServices();
    await write('Rapat di Beijing', '我们今天去北京开会讨论经济问题。');
    await write('Hujan di Bangkok', 'วันนี้ฝนตกหนักที่กรุงเทพมหานครและผู้คนจำนวนมากติดอยู่ในรถ');
    const [beijing] = await s.ok('articles.list', { query: '经济' });
    // Five words before 经济: 今天 去 北京 开会 讨论.
    expect(beijing!.snippet).toBe('…今天去北京开会讨论经济问题。');
    const [bangkok] = await s.ok('articles.list', { query: 'รถ' });
    expect(bangkok!.snippet).toBe('…จำนวนมากติดอยู่ในรถ');
  });

  it('finds a word of a photo caption the same way', async () => {
    s = await openTestServices();
    const photo = addLibraryPhoto(s, { caption: '北京市民在公园里晨练' });
    addLibraryPhoto(s, { caption: 'Warga berolahraga.' });
    expect((await s.ok('photos.list', { query: '公园' })).map((p) => p.id)).toEqual([photo]);
  });

  it('holds each run’s words in a row, and asks for a typed run as its words or whole', () => {
    expect(segmentedForms(['Di 北京开会，讨论经济。', 'ｶﾀｶﾅで会議', 'Jakarta'])).toEqual([
      '北京 开会',
      '讨论 经济',
      'カタカナ で 会議',
    ]);
    expect(toFtsQuery('北京开会')).toBe('("北京 开会"* OR "北京开会"*)');
    expect(toFtsQuery('北京 ')).toBe('"北京"');
    expect(toFtsQuery('abc北京')).toBe('"abc" AND "北京"*');
  });
});
