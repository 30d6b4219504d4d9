import { describe, expect, it } from 'vitest';
import { captionHints, creditHints, parseCredit } from '../../../../shared/text/caption-style';

describe('parseCredit reads CREATOR/AGENCY[/VIA DISTRIBUTOR]', () => {
  it('splits photographer, agency and distributor', () => {
    expect(parseCredit('VLADIMIR SMIRNOV/AFP/VIA TRIBUNNEWS')).toEqual({
      creator: 'VLADIMIR SMIRNOV',
      agency: 'AFP',
      via: 'TRIBUNNEWS',
    });
    expect(parseCredit('ABDI TUMANGGOR / TRIBUN-MEDAN.COM')).toEqual({
      creator: 'ABDI TUMANGGOR',
      agency: 'TRIBUN-MEDAN.COM',
      via: '',
    });
  });

  it('reads a single part as the agency or source', () => {
    expect(parseCredit('AFP')).toEqual({ creator: '', agency: 'AFP', via: '' });
    expect(parseCredit('TANGKAPAN LAYAR VIDEO VOA')).toEqual({
      creator: '',
      agency: 'TANGKAPAN LAYAR VIDEO VOA',
      via: '',
    });
    expect(parseCredit('AFP/VIA TRIBUNNEWS')).toEqual({ creator: '', agency: 'AFP', via: 'TRIBUNNEWS' });
  });

  it('refuses other shapes', () => {
    for (const credit of ['', 'A/B/C', 'A//B', 'AFP/', 'A/B/C/VIA D', 'VIA X/AFP', 'VIA X'])
      expect(parseCredit(credit), credit).toBeNull();
  });
});

describe('creditHints', () => {
  it('has nothing to say about a credit in house style', () => {
    for (const credit of ['AFP', 'VLADIMIR SMIRNOV/AFP/VIA TRIBUNNEWS', 'TANGKAPAN LAYAR VIDEO VOA'])
      expect(creditHints(credit), credit).toEqual([]);
  });

  it('asks for a missing credit, capitals, no brackets, no label, and the CREATOR/AGENCY shape', () => {
    expect(creditHints('  ')).toEqual(['credit-missing']);
    expect(creditHints('Vladimir Smirnov/AFP')).toEqual(['credit-case']);
    expect(creditHints('(AFP)')).toEqual(['credit-brackets']);
    expect(creditHints('FOTO: AFP')).toEqual(['credit-label']);
    expect(creditHints('A/B/C')).toEqual(['credit-shape']);
  });
});

describe('captionHints', () => {
  const HOUSE =
    'KIM AND PUTIN MEET: Russian President Vladimir Putin and Kim Jong Un at the Vostochny Cosmodrome on 13 September 2023.';

  it('has nothing to say about a caption in house style', () => {
    expect(captionHints(HOUSE, 'VLADIMIR SMIRNOV/AFP')).toEqual([]);
    expect(captionHints('BANJIR DI MEDAN: Warga mengungsi, Selasa (12/9/2023).', 'TRIBUN')).toEqual([]);
  });

  it('asks for a caption when there is none', () => {
    expect(captionHints('')).toEqual(['caption-missing']);
  });

  it('asks for an upper-case title and a colon', () => {
    expect(captionHints('Pelabuhan Vladivostok saat senja, Selasa (12/9/2023).')).toEqual(['caption-title']);
    expect(captionHints('Kim and Putin meet: the two leaders at the cosmodrome.')).toEqual(['caption-title']);
  });

  it('asks the sentence after the title to start with a capital and end with a full stop', () => {
    expect(captionHints('KIM AND PUTIN MEET: the two leaders talk.')).toEqual(['caption-sentence']);
    expect(captionHints('KIM AND PUTIN MEET: The two leaders talk')).toEqual(['caption-end']);
  });

  it('notices a credit typed into the caption', () => {
    expect(captionHints(`${HOUSE} (VLADIMIR SMIRNOV/AFP)`, '')).toContain('caption-has-credit');
    expect(captionHints(`${HOUSE} Foto: AFP`, '')).toContain('caption-has-credit');
    expect(captionHints('PUTIN: He speaks. VLADIMIR SMIRNOV/AFP', 'VLADIMIR SMIRNOV/AFP')).toContain(
      'caption-has-credit',
    );
  });

  it('does not mistake a date in brackets or an agency named in the sentence for a credit', () => {
    expect(captionHints('BANJIR: Warga mengungsi, Selasa (12/9/2023).', 'AFP')).toEqual([]);
    expect(captionHints('BRIEFING: An AFP reporter asks a question in Jakarta.', 'AFP')).toEqual([]);
    // "photo:" inside a sentence is a word, not a credit's label (the portrait.jpg fixture's caption).
    expect(
      captionHints('Rotated camera photo: EXIF orientation 6 (should display upright after import).', ''),
    ).not.toContain('caption-has-credit');
    expect(captionHints(`${HOUSE} (Foto: AFP)`, '')).toContain('caption-has-credit');
  });

  it('takes a short credit at the end for a credit only as a word of its own ("AP" is not the end of "gelap")', () => {
    expect(captionHints('BANJIR MEDAN: Warga berjaga di atap rumah yang tetap gelap.', 'AP')).toEqual([]);
    expect(captionHints('SIAGA: Petugas tetap siap.', 'AP')).toEqual([]);
    expect(captionHints('SIAGA: Petugas tetap siap. AP', 'AP')).toContain('caption-has-credit');
  });
});

describe('caption style of the publication', () => {
  it('asks for no title in the plain-sentence style, but still for a capital and a full stop', () => {
    expect(captionHints('Kapal bersandar di pelabuhan saat senja.', '', 'sentence')).toEqual([]);
    expect(captionHints('kapal bersandar di pelabuhan', '', 'sentence')).toEqual([
      'caption-sentence',
      'caption-end',
    ]);
    expect(captionHints('Kapal bersandar di pelabuhan saat senja.', '', 'title-colon')).toEqual([
      'caption-title',
    ]);
  });
});
