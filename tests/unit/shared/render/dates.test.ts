import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_LABELS } from '../../../../shared/render/labels';
import { pageDate } from '../../../../shared/render/page';

const MONTHS = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

describe('the page’s date in words', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is spelled by the export itself in each language, in UTC, whatever ICU the runtime has', () => {
    expect(pageDate('2025-09-13T07:30:00.000Z', EXPORT_LABELS.id)).toBe('13 September 2025 pukul 07.30 UTC');
    expect(pageDate('2025-09-13T07:30:00.000Z', EXPORT_LABELS.en)).toBe('13 September 2025 at 07:30 UTC');
    // A time stored with an offset is told in UTC, the next day here.
    expect(pageDate('2026-01-03T23:05:00.000-02:00', EXPORT_LABELS.id)).toBe(
      '4 Januari 2026 pukul 01.05 UTC',
    );
    for (const language of ['id', 'en'] as const) {
      const months = MONTHS[language].map(
        (_, m) =>
          pageDate(`2025-${String(m + 1).padStart(2, '0')}-28T12:00:00.000Z`, EXPORT_LABELS[language]).split(
            ' ',
          )[1],
      );
      expect(months).toEqual(MONTHS[language]);
    }
  });

  it('does not ask the runtime’s Intl, whose wording differs between ICU versions (Electron, Node)', () => {
    vi.stubGlobal('Intl', {
      ...Intl,
      DateTimeFormat: () => {
        throw new Error('the runtime’s date wording was asked');
      },
    });
    expect(pageDate('2025-09-13T07:30:00.000Z', EXPORT_LABELS.id)).toBe('13 September 2025 pukul 07.30 UTC');
  });
});
