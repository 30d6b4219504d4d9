import type { UiLanguage } from '../api/settings';

/** The export's words, in the publication's language (NEWSROOM.md, Languages). */
export interface ExportLabels {
  pageOf: (page: number, total: number) => string;
  pagesNav: string;
  previous: string;
  next: string;
  showAll: string;
  readAlso: string;
  editor: string;
  writer: string;
  sources: string;
  /**
   * The page's date and time in words ("13 September 2025 pukul 07.30"), spelled here rather than by
   * Intl: the app (Electron's ICU), the command line (Node's) and the preview must print the same bytes.
   */
  dateTime: (day: number, month: number, year: number, hours: string, minutes: string) => string;
}

const ID_MONTHS = [
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
];
const EN_MONTHS = [
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
];

export const EXPORT_LABELS: Record<UiLanguage, ExportLabels> = {
  id: {
    pageOf: (page, total) => `Halaman ${page}/${total}`,
    pagesNav: 'Halaman',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    showAll: 'Tampilkan semua',
    readAlso: 'Baca juga:',
    editor: 'Editor:',
    writer: 'Penulis:',
    sources: 'Sumber:',
    dateTime: (day, month, year, hours, minutes) =>
      `${day} ${ID_MONTHS[month]} ${year} pukul ${hours}.${minutes}`,
  },
  en: {
    pageOf: (page, total) => `Page ${page} of ${total}`,
    pagesNav: 'Pages',
    previous: 'Previous',
    next: 'Next',
    showAll: 'Show all',
    readAlso: 'Read also:',
    editor: 'Editor:',
    writer: 'Writer:',
    sources: 'Sources:',
    dateTime: (day, month, year, hours, minutes) =>
      `${day} ${EN_MONTHS[month]} ${year} at ${hours}:${minutes}`,
  },
};
