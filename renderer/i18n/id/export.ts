import type { exporting as en } from '../en/export';

/** Bahasa Indonesia, the export dialog. */
export const exporting: Record<keyof typeof en, string> = {
  'export.open': 'Ekspor',
  'export.dialog': 'Ekspor artikel',
  'export.checking': 'Memeriksa artikel…',
  'export.errors': 'Perbaiki ini sebelum mengekspor:',
  'export.warnings': 'Periksa peringatan ini:',
  'export.acceptWarnings': 'Saya sudah memeriksa peringatan; tetap ekspor',
  'export.ready': 'Siap diekspor: tidak ada masalah.',
  'export.unsaved':
    'Perubahan terakhir tidak dapat disimpan, jadi paket akan memuat artikel seperti terakhir disimpan, tanpa perubahan itu.',
  'export.acceptUnsaved': 'Ekspor artikel seperti terakhir disimpan',
  'export.blockedUnsaved':
    'Centang “Ekspor artikel seperti terakhir disimpan” untuk mengekspornya tanpa perubahan terakhir.',
  'export.blockedErrors': 'Perbaiki kesalahan di atas untuk mengekspor artikel ini.',
  'export.blockedWarnings':
    'Centang “Saya sudah memeriksa peringatan; tetap ekspor” untuk mengekspor bersama peringatan itu.',
  'export.blockedFolder': 'Isi folder tujuan ekspor.',
  'export.folder': 'Folder ekspor',
  'export.zip': 'Tulis juga berkas .zip paket ini',
  'export.run': 'Ekspor paket',
  'export.running': 'Mengekspor…',
  'export.done': 'Paket ditulis ke {folder}',
  'export.doneZip': 'Zip ditulis ke {file}',
  'export.doneZipNotRemoved':
    'Zip lama paket ini, {file}, tidak dapat dihapus (sedang dibuka program lain?): isinya masih versi sebelumnya. Hapus zip itu, atau ekspor lagi dengan zip.',
  'export.doneZipRemoved':
    'Zip lama paket ini, {file}, dihapus: isinya versi sebelumnya, dan ekspor ini tidak menulis zip.',
  'export.close': 'Tutup',
  'export.show': 'Tampilkan',
  'export.download': 'Unduh zip',
  'export.reveal': 'Tampilkan di folder',
};
