import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../shared/text/words';

describe('countWords', () => {
  it('counts the words of an ordinary sentence', () => {
    expect(countWords('Warga Medan menyambut gembira peresmian jalan tol.')).toBe(7);
  });

  it('counts Indonesian reduplication as one word (anak-anak, kupu-kupu)', () => {
    expect(countWords('Anak-anak bermain dengan kupu-kupu di taman')).toBe(6);
  });

  it('counts a word with an apostrophe as one word', () => {
    expect(countWords("Salat Jum'at, don't, it’s")).toBe(4);
  });

  it('counts numbers, with their thousands and decimal separators, as one word each', () => {
    expect(countWords('Harga naik 3,5 persen menjadi Rp 1.500.000 pukul 10.30 WIB')).toBe(10);
    expect(countWords('Tahun 2024.')).toBe(2);
  });

  it('counts a date, a ratio and a day counted from an event (H+1) as one word each', () => {
    expect(countWords('Upacara 17/8/2024 pukul 10.00 WIB, H+1 Lebaran, 24/7.')).toBe(8);
    expect(countWords('H-1 dan H+2 mudik, D+30')).toBe(5);
    // Words on both sides of a slash stay two, and a lone "+" or "/" is no word.
    expect(countWords('dan/atau + / 5')).toBe(3);
  });

  it('counts a web or e-mail address, or words joined by underscores, as one word', () => {
    expect(countWords('e-mail: redaksi@contoh.com https://contoh.com/a-b?x=1')).toBe(3);
    expect(countWords('Kirim ke nama.saya+berita@mail.contoh.co.id atau www.contoh.com/kirim.')).toBe(5);
    expect(countWords('Kode DARI_A dan "https://contoh.com"')).toBe(4);
    // Not an address: an @ with no domain after it.
    expect(countWords('@redaksi dan a@b')).toBe(4);
  });

  it('counts a pasted separator line or a long dotted run as what it is', () => {
    expect(countWords(`${'-'.repeat(100_000)} akhir`)).toBe(1);
    expect(countWords('nama.'.repeat(20_000))).toBe(20_000);
  });

  it('counts a word typed with combining accents as one word', () => {
    expect(countWords('nai\u0308ve cafe\u0301 au lait')).toBe(4);
  });

  it('counts the words of Thai, Chinese and Japanese, written without spaces between them', () => {
    // Intl.Segmenter's words: วัน นี้ ฝน ตกหนัก ที่ กรุงเทพมหานคร และ ผู้คน จำนวน มาก ติด อยู่ ใน รถ.
    expect(countWords('วันนี้ฝนตกหนักที่กรุงเทพมหานครและผู้คนจำนวนมากติดอยู่ในรถ')).toBe(14);
    // 我们 今天 去 北京 开会 讨论 经济 问题: a clause is not one word.
    expect(countWords('我们今天去北京开会讨论经济问题。')).toBe(8);
    expect(countWords('我们今天去北京开会，讨论经济问题。')).toBe(8);
    // 私 たち は 今日 東京 で 会議 を 開き ま した.
    expect(countWords('私たちは今日東京で会議を開きました。')).toBe(11);
  });

  it('counts Latin words, numbers and dates beside them by the usual rules', () => {
    // Presiden Joko Widodo bertemu 習 近平 di 北京 pada 2024 年 8 月 17 日.
    expect(countWords('Presiden Joko Widodo bertemu 習近平 di 北京 pada 2024年8月17日.')).toBe(15);
    // iPhone 手机, the price 3,5 and the day H+1 are one word each; so is an address in any script.
    expect(countWords('iPhone手机 3,5 H+1 https://例え.jp/ページ')).toBe(5);
    expect(countWords('ราคา 1.500.000 บาท')).toBe(3);
  });

  it('counts nothing in empty text, whitespace or punctuation alone', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\t ')).toBe(0);
    expect(countWords('— … !! “ ”')).toBe(0);
  });

  it('counts across lines and does not carry state between calls', () => {
    expect(countWords('satu dua\ntiga')).toBe(3);
    expect(countWords('satu dua\ntiga')).toBe(3);
  });
});
