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
  locale: string;
}

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
    locale: 'id-ID',
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
    locale: 'en-GB',
  },
};
