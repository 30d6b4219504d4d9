import type { app as en } from '../en/app';

/** Bahasa Indonesia, the frame: navigation, saving and leaving, word counts, Settings. */
export const app: Record<keyof typeof en, string> = {
  'app.name': 'Redaksi',
  'nav.label': 'Utama',
  'nav.articles': 'Artikel',
  'nav.settings': 'Pengaturan',

  'status.draft': 'Draf',
  'status.ready': 'Siap',
  'status.published': 'Terbit',

  'save.saved': 'Tersimpan',
  'save.saving': 'Menyimpan…',
  'save.unsaved': 'Ada perubahan belum tersimpan',
  'paste.cut':
    '{field} memuat {limit} karakter: tempelan dipotong di situ. Teks lengkapnya masih ada di papan klip.',
  'paste.cut.unnamed':
    'Kolom ini memuat {limit} karakter: tempelan dipotong di situ. Teks lengkapnya masih ada di papan klip.',
  'save.failed': 'Tidak tersimpan: {message}',
  'save.deletedElsewhere':
    'Artikel ini dihapus di jendela atau tab lain. Teks Anda masih ada di sini: simpan sebagai artikel baru agar tidak hilang.',
  'save.asNew': 'Simpan sebagai artikel baru',
  'save.asNew.saving': 'Menyimpan sebagai artikel baru…',
  'save.asNew.failed': 'Tidak tersimpan sebagai artikel baru: {message}',
  'save.reload': 'Muat ulang artikel',
  'save.reload.confirm':
    'Muat ulang versi yang tersimpan? Yang Anda ketik di sini sejak penyimpanan terakhir diganti; salin dulu yang ingin Anda simpan.',
  'save.reload.no': 'Pertahankan teks saya',
  'save.reload.yes': 'Muat ulang dan buang perubahan',
  'words.count': '{n} kata',
  'words.count.one': '1 kata',
  'characters.count': '{n} karakter',
  'leave.closeTitle': 'Tutup tanpa menyimpan?',
  'leave.close': 'Tutup tanpa menyimpan',
  'leave.title': 'Keluar tanpa menyimpan?',
  'leave.why': 'Perubahan terakhir pada “{headline}” tidak dapat disimpan: {reason}',
  'leave.noReason': 'artikel berhenti menyimpan.',
  'leave.kept': 'Perubahan itu masih ada di editor. Jika Anda keluar sekarang, perubahan itu hilang.',
  'leave.stay': 'Tetap di artikel ini',
  'leave.deletedElsewhere': 'artikel itu dihapus di jendela atau tab lain.',
  'leave.asNew': 'Simpan sebagai artikel baru lalu keluar',
  'leave.asNewClose': 'Simpan sebagai artikel baru lalu tutup',
  'leave.copy': 'Salin teksnya',
  'leave.copied':
    'Judul, lead, dan isi sudah ada di papan klip: tempelkan di tempat yang aman sebelum Anda keluar.',
  'leave.copyFailed': 'Teks tidak dapat disalin: pilih teksnya di editor lalu salin dengan Ctrl+C.',
  'leave.retry': 'Coba simpan lagi',
  'leave.trying': 'Mencoba menyimpan lagi…',
  'leave.discard': 'Keluar tanpa menyimpan',
  'settings.title': 'Pengaturan',
  'settings.loading': 'Membuka pengaturan…',
  'settings.language': 'Bahasa',
  'settings.publication': 'Publikasi',
  'settings.publication.name': 'Nama publikasi',
  'settings.publication.language': 'Bahasa publikasi',
  'settings.publication.datelinePrefix': 'Awalan dateline',
  'settings.publication.baseUrl': 'URL dasar',
  'settings.publication.baseUrlInvalid.notWeb':
    'URL dasar harus berupa alamat web yang diawali https:// (atau http://). Belum disimpan.',
  'settings.publication.baseUrlInvalid.missingColon':
    'URL dasar kurang titik dua setelah https (atau http): awalnya https:// (atau http://). Belum disimpan.',
  'settings.publication.baseUrlInvalid.queryOrFragment':
    'URL dasar adalah tempat halaman diterbitkan: tidak boleh memuat ? atau #. Belum disimpan.',
  'settings.publication.baseUrlInvalid.credentials':
    'URL dasar tidak boleh memuat nama pengguna atau kata sandi (bagian sebelum @): itu akan tampil di setiap halaman terbitan. Belum disimpan.',
  'settings.publication.baseUrlInvalid.server':
    'Nama server atau port URL dasar tidak sah (huruf, angka, tanda hubung dan titik tunggal; port paling besar 65535). Belum disimpan.',
  'settings.publication.copyright': 'Baris hak cipta',
  'settings.publication.accent': 'Warna aksen',
  'settings.publication.captionStyle': 'Gaya keterangan foto',
  'settings.publication.logo': 'Logo (dari pustaka foto)',
  'settings.publication.noLogo': 'Tanpa logo',
  'captionStyle.title-colon': 'JUDUL HURUF BESAR: lalu kalimat.',
  'captionStyle.sentence': 'Kalimat biasa',
  'settings.saved': 'Pengaturan tersimpan',
  'language.en': 'English',
  'language.id': 'Bahasa Indonesia',

  'nav.photos': 'Meja foto',
  'notice.dismiss': 'Tutup',
  'nav.sources': 'Sumber',
  'error.generic': 'Terjadi kesalahan: {message}',
};
