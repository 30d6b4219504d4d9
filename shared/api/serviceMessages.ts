import { EXPORT_MESSAGES } from './exportMessages';

/**
 * The catalog of what the services tell the user (a refused file, a preflight finding, a failed save) in both of the
 * interface's languages. The services send the English as `message` (logs, the command line, a
 * renderer that does not know the key) and the key with its values as `wording`; the renderer says
 * it in the interface language. One catalog for both sides, so the two can never drift apart.
 */
export const SERVICE_MESSAGES = {
  // Export and its preflight (EXPORT.md).
  ...EXPORT_MESSAGES,
  // Photo import: each refusal names the file.
  'photo.empty': { en: '{name} is empty (0 bytes).', id: '{name} kosong (0 byte).' },
  'photo.damaged': {
    en: '{name} could not be read: the file is damaged or incomplete.',
    id: '{name} tidak dapat dibaca: berkasnya rusak atau tidak lengkap.',
  },
  'photo.notAnImage': {
    en: '{name} is not a JPEG, PNG, WebP or GIF image.',
    id: '{name} bukan gambar JPEG, PNG, WebP atau GIF.',
  },
  'photo.svg': {
    en: '{name} is an SVG drawing; Redaksi accepts only JPEG, PNG, WebP or GIF photos.',
    id: '{name} adalah gambar SVG; Redaksi hanya menerima foto JPEG, PNG, WebP atau GIF.',
  },
  'photo.tooManyBytes': {
    en: '{name} is {size} MB; Redaksi accepts photos up to {limit} MB.',
    id: '{name} berukuran {size} MB; Redaksi menerima foto paling besar {limit} MB.',
  },
  'photo.tooManyPixels': {
    en: '{name} is {width} × {height} pixels ({megapixels} megapixels); Redaksi accepts photos up to {limit} megapixels.',
    id: '{name} berukuran {width} × {height} piksel ({megapixels} megapiksel); Redaksi menerima foto paling besar {limit} megapiksel.',
  },
  'photo.tooManyFiles': {
    en: 'That is {n} files; one import takes up to {limit}. Nothing was imported: choose them in smaller batches.',
    id: 'Itu {n} berkas; satu impor memuat paling banyak {limit}. Tidak ada yang diimpor: pilih dalam kelompok yang lebih kecil.',
  },
  'photo.fileFailed': { en: '{name}: {reason}', id: 'Berkas {name}: {reason}' },
  'photo.interrupted': {
    en: '{name}: the import stopped before Redaksi could say how this file went ({reason}). Import it again: if it did arrive, it is counted as already in the library.',
    id: '{name}: impor berhenti sebelum Redaksi dapat memberi tahu hasil berkas ini ({reason}). Impor ulang: jika ternyata sudah masuk, berkas itu dihitung sudah ada di pustaka.',
  },
  'photo.unreadableOnDisk': {
    en: '{name} could not be read from the disk.',
    id: '{name} tidak dapat dibaca dari disk.',
  },
  'photo.renditionsFailed': {
    en: '{name} ({width} × {height} pixels) could not be made into the sizes Redaksi shows and exports; nothing was changed. Open it in an image editor, save it again as a JPEG or PNG, then import it again.',
    id: '{name} ({width} × {height} piksel) tidak dapat dijadikan ukuran yang ditampilkan dan diekspor Redaksi; tidak ada yang berubah. Buka di penyunting gambar, simpan ulang sebagai JPEG atau PNG, lalu impor lagi.',
  },
  'photo.notStored': {
    en: '{name} could not be stored; nothing was changed. Details are in the log.',
    id: '{name} tidak dapat disimpan; tidak ada yang berubah. Rinciannya ada di log.',
  },
  'photo.notStoredFull': {
    en: '{name} could not be stored: the disk that holds Redaksi’s data is full. Free some space, then import the photo again.',
    id: '{name} tidak dapat disimpan: disk tempat data Redaksi penuh. Kosongkan sebagian ruang, lalu impor ulang foto itu.',
  },
  'photo.uploadGone': {
    en: '{name} was no longer in Redaksi’s import folder when its turn came (something removed it). Import the photo again.',
    id: '{name} sudah tidak ada di folder impor Redaksi saat gilirannya tiba (ada yang menghapusnya). Impor ulang foto itu.',
  },
  'photo.uploadUnreadable': {
    en: '{name} could not be read back from Redaksi’s import folder: {place} could not be read (this user may not read it, or the disk failed). Make the folder readable, then import the photo again.',
    id: '{name} tidak dapat dibaca kembali dari folder impor Redaksi: {place} tidak dapat dibaca (pengguna ini tidak boleh membacanya, atau disknya rusak). Jadikan folder itu dapat dibaca, lalu impor ulang foto itu.',
  },
  'photo.notStoredDataFolder': {
    en: '{name} could not be stored: Redaksi cannot write to its data folder ({folder}; it is read-only, or this user may not change it). Make it writable, then import the photo again.',
    id: '{name} tidak dapat disimpan: Redaksi tidak dapat menulis ke folder datanya ({folder}; folder itu hanya-baca, atau pengguna ini tidak boleh mengubahnya). Jadikan dapat ditulisi, lalu impor ulang foto itu.',
  },
  'photo.inUseOne': {
    en: 'This photo is used in an article ({titles}). Take it out of that article first; nothing was deleted.',
    id: 'Foto ini dipakai di sebuah artikel ({titles}). Keluarkan dulu dari artikel itu; tidak ada yang dihapus.',
  },
  'photo.inUseMany': {
    en: 'This photo is used in {n} articles ({titles}). Take it out of them first; nothing was deleted.',
    id: 'Foto ini dipakai di {n} artikel ({titles}). Keluarkan dulu dari artikel-artikel itu; tidak ada yang dihapus.',
  },
  'photo.inUseMore': {
    en: 'This photo is used in {n} articles ({titles} and {more} more). Take it out of them first; nothing was deleted.',
    id: 'Foto ini dipakai di {n} artikel ({titles} dan {more} lainnya). Keluarkan dulu dari artikel-artikel itu; tidak ada yang dihapus.',
  },
  'photo.isLogo': {
    en: 'This photo is the publication’s logo. Choose another logo in Settings first; nothing was deleted.',
    id: 'Foto ini adalah logo publikasi. Pilih logo lain di Pengaturan dulu; tidak ada yang dihapus.',
  },
  // Deleting an article or a source.
  'delete.conflict': {
    en: 'This article was changed in another window since you opened it, so it was not deleted. Reload it to see the latest version first.',
    id: 'Artikel ini diubah di jendela lain sejak Anda membukanya, jadi tidak dihapus. Muat ulang dulu untuk melihat versi terbaru.',
  },
  'delete.notEmpty': {
    en: 'This new article was given a source or a Quoted-from line in another window, so it was kept.',
    id: 'Artikel baru ini diberi sumber atau baris Dikutip dari di jendela lain, jadi tetap disimpan.',
  },
  'delete.linkedTo': {
    en: 'Another article links to this new article, so it was kept.',
    id: 'Artikel lain menautkan ke artikel baru ini, jadi tetap disimpan.',
  },
  'source.inUse': {
    en: 'This source is used in {n} {n:article|articles}. Take it out of {n:that article|them}, or merge it into another source, first; nothing was deleted.',
    id: 'Sumber ini dipakai di {n} artikel. Keluarkan dulu dari artikel itu, atau gabungkan ke sumber lain; tidak ada yang dihapus.',
  },
  // What a start found and mended (app.status notices).
  'start.settingsUnreadable': {
    en: 'The settings file could not be read, so Redaksi started with default settings. The old file was kept at {aside}.',
    id: 'Berkas pengaturan tidak dapat dibaca, jadi Redaksi mulai dengan pengaturan bawaan. Berkas lamanya disimpan di {aside}.',
  },
  'start.settingsInvalid': {
    en: 'Some settings had values Redaksi cannot use ({fields}) and were set back to their defaults. A copy of the old file was kept at {aside}.',
    id: 'Beberapa pengaturan berisi nilai yang tidak dapat dipakai Redaksi ({fields}) dan dikembalikan ke bawaan. Salinan berkas lamanya disimpan di {aside}.',
  },
  'start.settingsUnreadableRefused': {
    en: 'The settings file {file} could not be read, so nothing was done: without it the publication’s name, web address and logo are unknown, and pages would go out under the default ones. Nothing was changed. Mend the file, or start the Redaksi app, which keeps a copy of it and starts with default settings you can set again.',
    id: 'Berkas pengaturan {file} tidak dapat dibaca, jadi tidak ada yang dikerjakan: tanpa berkas itu nama, alamat web, dan logo publikasi tidak diketahui, dan halaman akan keluar dengan yang bawaan. Tidak ada yang diubah. Perbaiki berkas itu, atau mulai aplikasi Redaksi, yang menyimpan salinannya dan mulai dengan pengaturan bawaan yang dapat Anda atur lagi.',
  },
  'start.settingsInvalidRefused': {
    en: 'Some settings in {file} have values Redaksi cannot use ({fields}), so nothing was done: pages would go out with their defaults instead. Nothing was changed. Mend those values, or start the Redaksi app, which keeps a copy of the file and sets them back to their defaults.',
    id: 'Beberapa pengaturan di {file} berisi nilai yang tidak dapat dipakai Redaksi ({fields}), jadi tidak ada yang dikerjakan: halaman akan keluar dengan nilai bawaannya. Tidak ada yang diubah. Perbaiki nilai-nilai itu, atau mulai aplikasi Redaksi, yang menyimpan salinan berkasnya dan mengembalikannya ke bawaan.',
  },
  'start.databaseDamaged': {
    en: 'The database file was damaged and could not be opened. It was moved aside, unchanged, to {aside}. The most recent backup is {backup}; it can be restored in its place. Redaksi started with an empty database.',
    id: 'Berkas basis data rusak dan tidak dapat dibuka. Berkas itu dipindahkan, tanpa diubah, ke {aside}. Cadangan terbaru ada di {backup}; cadangan itu dapat dipulihkan di tempatnya. Redaksi mulai dengan basis data kosong.',
  },
  'start.databaseDamagedNoBackup': {
    en: 'The database file was damaged and could not be opened. It was moved aside, unchanged, to {aside}. No backup was found. Redaksi started with an empty database.',
    id: 'Berkas basis data rusak dan tidak dapat dibuka. Berkas itu dipindahkan, tanpa diubah, ke {aside}. Tidak ada cadangan. Redaksi mulai dengan basis data kosong.',
  },
  'start.databaseDamagedRefused': {
    en: 'The database file {file} is damaged and could not be opened, so nothing was done and nothing was changed. The most recent backup is {backup}: move the damaged file away and copy the backup in its place as redaksi.db, or start the Redaksi app, which moves the damaged file aside and tells you the same.',
    id: 'Berkas basis data {file} rusak dan tidak dapat dibuka, jadi tidak ada yang dikerjakan dan tidak ada yang diubah. Cadangan terbaru ada di {backup}: pindahkan berkas yang rusak lalu salin cadangan itu ke tempatnya sebagai redaksi.db, atau mulai aplikasi Redaksi, yang memindahkan berkas yang rusak dan memberi tahu hal yang sama.',
  },
  'start.databaseDamagedRefusedNoBackup': {
    en: 'The database file {file} is damaged and could not be opened, so nothing was done and nothing was changed. No backup was found. Start the Redaksi app: it moves the damaged file aside, unchanged, and starts with an empty database.',
    id: 'Berkas basis data {file} rusak dan tidak dapat dibuka, jadi tidak ada yang dikerjakan dan tidak ada yang diubah. Tidak ada cadangan. Mulai aplikasi Redaksi: aplikasi itu memindahkan berkas yang rusak, tanpa diubah, lalu mulai dengan basis data kosong.',
  },
  'start.databaseNewer': {
    en: 'This data folder was written by a newer version of Redaksi (database version {version}; this version knows up to {supported}). Update Redaksi to open it. The file has not been changed.',
    id: 'Folder data ini ditulis oleh Redaksi versi yang lebih baru (basis data versi {version}; versi ini hanya mengenal sampai {supported}). Perbarui Redaksi untuk membukanya. Berkasnya tidak diubah.',
  },
  'start.databaseNewerBackup': {
    en: 'This data folder was written by a newer version of Redaksi (database version {version}; this version knows up to {supported}). Update Redaksi to open it. The file has not been changed. A backup this version can open, made before that upgrade, is {backup}: Redaksi can open it instead, and then moves the newer file aside, unchanged.',
    id: 'Folder data ini ditulis oleh Redaksi versi yang lebih baru (basis data versi {version}; versi ini hanya mengenal sampai {supported}). Perbarui Redaksi untuk membukanya. Berkasnya tidak diubah. Cadangan yang dapat dibuka versi ini, dibuat sebelum pembaruan itu, ada di {backup}: Redaksi dapat membukanya sebagai gantinya, lalu memindahkan berkas yang lebih baru, tanpa diubah.',
  },
  'start.databaseNewerSetAside': {
    en: 'The database was written by a newer version of Redaksi, so it was moved aside, unchanged, to {aside}, and the backup {backup} was opened in its place. Changes made after that backup are only in the file set aside: to work on them again, quit Redaksi, put that file back as redaksi.db and open it with the newer version.',
    id: 'Basis data ditulis oleh Redaksi versi yang lebih baru, jadi dipindahkan, tanpa diubah, ke {aside}, dan cadangan {backup} dibuka di tempatnya. Perubahan setelah cadangan itu hanya ada di berkas yang dipindahkan: untuk mengerjakannya lagi, tutup Redaksi, kembalikan berkas itu sebagai redaksi.db dan buka dengan versi yang lebih baru.',
  },
  'start.fileUnreadable': {
    en: 'Redaksi cannot read {what} in its data folder ({folder}): this user may not read it. Nothing in the folder was changed. Make it readable for this user (or choose another folder) and start Redaksi again.',
    id: 'Redaksi tidak dapat membaca {what} di folder datanya ({folder}): pengguna ini tidak boleh membacanya. Tidak ada yang diubah di folder itu. Ubah izinnya agar dapat dibaca oleh pengguna ini (atau pilih folder lain) lalu mulai Redaksi lagi.',
  },
  'start.databaseBusy': {
    en: 'Another program is using Redaksi’s database in {folder} (the command line checking or exporting it, or another Redaksi). Nothing was changed. Wait until it has finished and start Redaksi again.',
    id: 'Program lain sedang memakai basis data Redaksi di {folder} (baris perintah yang memeriksa atau mengekspornya, atau Redaksi lain). Tidak ada yang diubah. Tunggu sampai program itu selesai lalu mulai Redaksi lagi.',
  },
  'start.folderReadOnly': {
    en: 'Redaksi cannot write to its data folder ({folder}): it is read-only, or this user may not change it. Nothing in it was changed. Make the folder writable (or choose another one) and start Redaksi again.',
    id: 'Redaksi tidak dapat menulis ke folder datanya ({folder}): folder itu hanya-baca, atau pengguna ini tidak boleh mengubahnya. Tidak ada yang diubah di dalamnya. Jadikan folder itu dapat ditulisi (atau pilih folder lain) lalu mulai Redaksi lagi.',
  },
  'start.folderFull': {
    en: 'The disk that holds Redaksi’s data folder ({folder}) is full. Nothing in it was changed. Free some space and start Redaksi again.',
    id: 'Disk tempat folder data Redaksi ({folder}) sudah penuh. Tidak ada yang diubah di dalamnya. Kosongkan sebagian ruang lalu mulai Redaksi lagi.',
  },
  'start.folderIsFile': {
    en: 'Redaksi’s data folder ({folder}) cannot be used: {what} is a file, where a folder should be. Nothing was changed. Move that file away (or choose another data folder) and start Redaksi again.',
    id: 'Folder data Redaksi ({folder}) tidak dapat dipakai: {what} adalah berkas, padahal seharusnya folder. Tidak ada yang diubah. Pindahkan berkas itu (atau pilih folder data lain) lalu mulai Redaksi lagi.',
  },
  'start.fileIsFolder': {
    en: 'Redaksi’s data folder ({folder}) cannot be used: {what} is a folder, where Redaksi keeps a file. Nothing was changed. Move that folder away and start Redaksi again.',
    id: 'Folder data Redaksi ({folder}) tidak dapat dipakai: {what} adalah folder, padahal di situ Redaksi menyimpan berkas. Tidak ada yang diubah. Pindahkan folder itu lalu mulai Redaksi lagi.',
  },
  // The desktop app's dialog when the data folder refuses to open.
  'start.failedTitle': { en: 'Redaksi could not start', id: 'Redaksi tidak dapat dimulai' },
  'start.quit': { en: 'Quit', id: 'Keluar' },
  'start.openBackup': { en: 'Open the backup', id: 'Buka cadangan' },
  // Something that is no longer there.
  'gone.article': { en: 'That article no longer exists.', id: 'Artikel itu sudah tidak ada.' },
  'gone.tag': {
    en: 'No article has the tag “{tag}” any more.',
    id: 'Tidak ada lagi artikel yang bertag “{tag}”.',
  },
  'gone.photo': { en: 'That photo is not in the library.', id: 'Foto itu tidak ada di pustaka.' },
  'photo.wordsChanged': {
    en: 'This photo’s caption, credit or alt text is not what the desk showed (a change not saved yet, or made in another window): nothing was copied. Look at the words again, then copy them.',
    id: 'Keterangan, kredit, atau teks alternatif foto ini tidak sama dengan yang ditampilkan meja foto (perubahan belum tersimpan, atau dibuat di jendela lain): tidak ada yang disalin. Periksa lagi, lalu salin.',
  },
  'gone.source': {
    en: 'That source is no longer in the registry.',
    id: 'Sumber itu sudah tidak ada di daftar sumber.',
  },
  'gone.sourceOfMany': {
    en: 'One of the sources is no longer in the registry; pick it again.',
    id: 'Salah satu sumber sudah tidak ada di daftar sumber; pilih lagi.',
  },
  'gone.featuredPhoto': {
    en: 'The featured photo is not in the library; choose another one.',
    id: 'Foto utama tidak ada di pustaka; pilih foto lain.',
  },
  'gone.import': {
    en: 'That import is no longer known; start it again.',
    id: 'Impor itu sudah tidak dikenal; mulai lagi.',
  },
  // Opening an article whose stored body this version cannot edit safely.
  'article.unreadable': {
    en: 'The stored body of this article is not readable JSON. It was left as it is.',
    id: 'Isi artikel yang tersimpan tidak terbaca (bukan JSON). Isinya dibiarkan apa adanya.',
  },
  'article.damaged': {
    en: 'The stored body of this article is damaged: {problem} It was left as it is.',
    id: 'Isi artikel yang tersimpan rusak: {problem} Isinya dibiarkan apa adanya.',
  },
  'article.unknownContent': {
    en: 'This article contains content of a type this version of Redaksi does not know ({types}). It was not opened and is kept unchanged; update Redaksi to edit it.',
    id: 'Artikel ini memuat jenis isi yang tidak dikenal Redaksi versi ini ({types}). Artikel tidak dibuka dan disimpan tanpa diubah; perbarui Redaksi untuk menyuntingnya.',
  },
  // Saving an article.
  'save.conflict': {
    en: 'This article was changed in another window since you opened it. Reload it to see the latest version; your text is still in the editor.',
    id: 'Artikel ini diubah di jendela lain sejak Anda membukanya. Muat ulang untuk melihat versi terbaru; teks Anda masih ada di editor.',
  },
  'service.unreachable': {
    en: 'Redaksi’s service could not be reached. Check that it is still running.',
    id: 'Layanan Redaksi tidak dapat dihubungi. Periksa apakah masih berjalan.',
  },
  // Browser mode's access key (the token in the address Redaksi prints when it starts).
  'service.noToken': {
    en: 'This request carried no access key. Open the address Redaksi printed when it started.',
    id: 'Permintaan ini tidak membawa kunci akses. Buka alamat yang dicetak Redaksi saat dimulai.',
  },
  'service.staleToken': {
    en: 'This tab’s access key is no longer valid: Redaksi was restarted after the tab was opened. Open the new address Redaksi printed when it started; copy any unsaved text first.',
    id: 'Kunci akses tab ini sudah tidak berlaku: Redaksi dimulai ulang setelah tab ini dibuka. Buka alamat baru yang dicetak Redaksi saat dimulai; salin dulu teks yang belum tersimpan.',
  },
  'storage.full': {
    en: 'The disk that holds Redaksi’s data is full, so nothing was changed. Free some space, then try again.',
    id: 'Disk tempat data Redaksi penuh, jadi tidak ada yang berubah. Kosongkan sebagian ruang, lalu coba lagi.',
  },
  'storage.readOnly': {
    en: 'Redaksi cannot write to its data folder: {folder} refused the write (it is read-only, this user may not change it, or the disk failed). Make it writable, then try again.',
    id: 'Redaksi tidak dapat menulis ke folder datanya: {folder} menolak penulisan (folder itu hanya-baca, pengguna ini tidak boleh mengubahnya, atau disknya rusak). Jadikan dapat ditulisi, lalu coba lagi.',
  },
  'storage.unreadable': {
    en: 'Redaksi cannot read its data: {place} could not be read (this user may not read it, or the disk failed). Make it readable for this user, then try again.',
    id: 'Redaksi tidak dapat membaca datanya: {place} tidak dapat dibaca (pengguna ini tidak boleh membacanya, atau disknya rusak). Ubah izinnya agar dapat dibaca oleh pengguna ini, lalu coba lagi.',
  },
  internal: {
    en: 'Something went wrong inside Redaksi; nothing was changed. Details are in the log.',
    id: 'Terjadi kesalahan di dalam Redaksi; tidak ada yang berubah. Rinciannya ada di log.',
  },
} as const satisfies Record<string, { en: string; id: string }>;

export type ServiceMessageKey = keyof typeof SERVICE_MESSAGES;
