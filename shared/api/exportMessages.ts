/**
 * What export and its preflight tell the user (EXPORT.md), in both of the interface's languages: a
 * part of the services' catalog (serviceMessages.ts), kept apart for its size.
 */
export const EXPORT_MESSAGES = {
  'export.noHeadline': { en: 'The article has no headline.', id: 'Artikel belum punya judul.' },
  'export.noLead': { en: 'The article has no lead.', id: 'Artikel belum punya lead.' },
  'export.longHeadline': {
    en: 'The headline has {length} characters; keep it under {limit}.',
    id: 'Judul ini {length} karakter; usahakan di bawah {limit}.',
  },
  'export.emptyPage': { en: 'Page {page} is empty.', id: 'Halaman {page} kosong.' },
  'export.shortPage': {
    en: 'Page {page} has only {words} {words:word|words}.',
    id: 'Halaman {page} hanya berisi {words} kata.',
  },
  'export.pageEndsOnPhoto': {
    en: 'Page {page} ends with a photo: its reader turns the page right after it. Move the break below the text that goes with the photo.',
    id: 'Halaman {page} diakhiri foto: pembaca langsung pindah halaman sesudahnya. Pindahkan pemisah ke bawah teks yang menyertai foto itu.',
  },
  'export.pageEndsOnHeading': {
    en: 'Page {page} ends with a heading: the text under it is on the next page. Move the break above the heading.',
    id: 'Halaman {page} diakhiri judul bagian: teksnya ada di halaman berikutnya. Pindahkan pemisah ke atas judul bagian itu.',
  },
  'export.placeholder': {
    en: 'The text still contains the placeholder "{found}".',
    id: 'Teks masih memuat penanda "{found}".',
  },
  'export.placeholders': {
    en: 'The text still contains the placeholders {found}.',
    id: 'Teks masih memuat penanda {found}.',
  },
  'export.unsourcedQuote': {
    en: 'A direct quote has no source: {quote}',
    id: 'Kutipan langsung belum bersumber: {quote}',
  },
  'export.featured.missing': {
    en: 'The featured photo is no longer in the photo library.',
    id: 'Foto utama sudah tidak ada di pustaka foto.',
  },
  'export.featured.noCaption': {
    en: 'The featured photo has no caption.',
    id: 'Foto utama belum punya keterangan.',
  },
  'export.featured.noCredit': {
    en: 'The featured photo has no credit.',
    id: 'Foto utama belum punya kredit.',
  },
  'export.featured.noAlt': {
    en: 'The featured photo has no alt text.',
    id: 'Foto utama belum punya teks alternatif.',
  },
  'export.featured.small': {
    en: 'The featured photo is only {width} × {height} pixels.',
    id: 'Foto utama hanya {width} × {height} piksel.',
  },
  'export.featured.filesMissing': {
    en: 'The featured photo’s image files are missing from the data folder. Import the photo again on the Photo desk (the same file brings them back), or choose another one.',
    id: 'Berkas gambar foto utama hilang dari folder data. Impor ulang foto itu di Meja foto (berkas yang sama memulihkannya), atau pilih foto lain.',
  },
  'export.block.filesMissing': {
    en: 'The image files of photo {n} in the body are missing from the data folder. Import the photo again on the Photo desk (the same file brings them back), or remove it.',
    id: 'Berkas gambar foto ke-{n} di isi artikel hilang dari folder data. Impor ulang foto itu di Meja foto (berkas yang sama memulihkannya), atau hapus foto itu.',
  },
  'export.featured.filesDamaged': {
    en: 'The featured photo’s image files in the data folder are damaged (empty or cut short) and would publish as broken images. Import the photo again on the Photo desk (the same file makes them again), or choose another one.',
    id: 'Berkas gambar foto utama di folder data rusak (kosong atau terpotong) dan akan terbit sebagai gambar rusak. Impor ulang foto itu di Meja foto (berkas yang sama membuatnya kembali), atau pilih foto lain.',
  },
  'export.block.filesDamaged': {
    en: 'The image files of photo {n} in the body are damaged in the data folder (empty or cut short) and would publish as broken images. Import the photo again on the Photo desk (the same file makes them again), or remove it.',
    id: 'Berkas gambar foto ke-{n} di isi artikel rusak di folder data (kosong atau terpotong) dan akan terbit sebagai gambar rusak. Impor ulang foto itu di Meja foto (berkas yang sama membuatnya kembali), atau hapus foto itu.',
  },
  'export.block.missing': {
    en: 'Photo {n} in the body is no longer in the photo library.',
    id: 'Foto ke-{n} di isi artikel sudah tidak ada di pustaka foto.',
  },
  'export.block.noCaption': {
    en: 'Photo {n} in the body has no caption.',
    id: 'Foto ke-{n} di isi artikel belum punya keterangan.',
  },
  'export.block.noCredit': {
    en: 'Photo {n} in the body has no credit.',
    id: 'Foto ke-{n} di isi artikel belum punya kredit.',
  },
  'export.block.noAlt': {
    en: 'Photo {n} in the body has no alt text.',
    id: 'Foto ke-{n} di isi artikel belum punya teks alternatif.',
  },
  'export.block.small': {
    en: 'Photo {n} in the body is only {width} × {height} pixels.',
    id: 'Foto ke-{n} di isi artikel hanya {width} × {height} piksel.',
  },
  'export.logoMissing': {
    en: 'The publication’s logo is no longer in the photo library; the package has none.',
    id: 'Logo publikasi sudah tidak ada di pustaka foto; paket dibuat tanpa logo.',
  },
  'export.relatedBroken': {
    en: 'The related link “{title}” points to an article that no longer exists. Remove it or choose another article.',
    id: 'Tautan terkait “{title}” menuju artikel yang sudah tidak ada. Hapus atau pilih artikel lain.',
  },
  'export.relatedSelf': {
    en: 'The related link “{title}” points to this article itself. Remove it or choose another article.',
    id: 'Tautan terkait “{title}” menuju artikel ini sendiri. Hapus atau pilih artikel lain.',
  },
  'export.relatedDraft': {
    en: 'The related link “{title}” points to an article that is still a draft.',
    id: 'Tautan terkait “{title}” menuju artikel yang masih draf.',
  },
  'export.relatedUnsafe': {
    en: 'The related link “{title}” was dropped: only http and https addresses are published.',
    id: 'Tautan terkait “{title}” dibuang: hanya alamat http dan https yang diterbitkan.',
  },
  'export.relatedCredentials': {
    en: 'The related link “{title}” was dropped: its address holds a user name or password (the part before @), which every reader would see.',
    id: 'Tautan terkait “{title}” dibuang: alamatnya memuat nama pengguna atau kata sandi (bagian sebelum @), yang akan terlihat oleh setiap pembaca.',
  },
  'export.credentialsLink': {
    en: 'A link to "{url}" was dropped: its address holds a user name or password (the part before @), which every reader would see.',
    id: 'Tautan ke "{url}" dibuang: alamatnya memuat nama pengguna atau kata sandi (bagian sebelum @), yang akan terlihat oleh setiap pembaca.',
  },
  'export.credentialsSourceLink': {
    en: 'The web address of the source "{name}" was dropped: it holds a user name or password (the part before @), which every reader would see.',
    id: 'Alamat web sumber "{name}" dibuang: alamat itu memuat nama pengguna atau kata sandi (bagian sebelum @), yang akan terlihat oleh setiap pembaca.',
  },
  'export.emptyLink': {
    en: 'A link without an address was dropped (its text, "{words}", stays).',
    id: 'Tautan tanpa alamat dibuang (teksnya, "{words}", tetap ada).',
  },
  'export.unsafeSourceLink': {
    en: 'The web address of the source "{name}" was dropped: only http, https, mailto and relative links are published.',
    id: 'Alamat web sumber "{name}" dibuang: hanya tautan http, https, mailto dan relatif yang diterbitkan.',
  },
  'export.badLink': {
    en: 'A link to "{url}" was dropped: that is no valid address (a space or another character a web address cannot hold in the host name?).',
    id: 'Tautan ke "{url}" dibuang: itu bukan alamat yang sah (ada spasi atau karakter lain yang tidak boleh ada di nama host?).',
  },
  'export.unsafeLink': {
    en: 'A link to "{url}" was dropped: only http, https, mailto and relative links are published.',
    id: 'Tautan ke "{url}" dibuang: hanya tautan http, https, mailto dan relatif yang diterbitkan.',
  },
  'export.unknownSource': {
    en: 'A source tag in the body names a source that is no longer in the registry; its words are published without it.',
    id: 'Sebuah tanda sumber di isi artikel menyebut sumber yang sudah tidak ada di daftar sumber; kalimatnya diterbitkan tanpa sumber itu.',
  },
  'export.unknownNode': {
    en: 'The body contains content of a type the exporter does not know ("{type}").',
    id: 'Isi artikel memuat konten jenis yang tidak dikenal pengekspor ("{type}").',
  },
  'export.misplacedNode': {
    en: 'The body has a "{type}" where it cannot stand (inside another block, or a list item outside a list); move or remove it.',
    id: 'Isi artikel punya "{type}" di tempat yang tidak semestinya (di dalam blok lain, atau butir daftar di luar daftar); pindahkan atau hapus.',
  },
  'export.blocked': {
    en: 'The article cannot be exported yet: fix the errors listed first.',
    id: 'Artikel belum dapat diekspor: perbaiki dulu kesalahan yang tercantum.',
  },
  'export.warningsToAccept': {
    en: 'The export has warnings to review and accept first.',
    id: 'Ekspor ini punya peringatan yang perlu ditinjau dan diterima dulu.',
  },
  'export.newWarnings': {
    en: 'The article changed since it was checked: read the warnings now listed and accept them to export.',
    id: 'Artikel berubah sejak diperiksa: baca peringatan yang kini tercantum dan terima untuk mengekspor.',
  },
  'export.fileInTheWay': {
    en: 'A file named "{name}" is already in {target}, where the package folder goes. Nothing was written: move or rename that file, or choose another export folder.',
    id: 'Sudah ada berkas bernama "{name}" di {target}, tempat folder paket akan ditulis. Tidak ada yang ditulis: pindahkan atau ganti nama berkas itu, atau pilih folder ekspor lain.',
  },
  'export.folderNotFull': {
    en: 'Choose the export folder as a full path (for example /home/me/exports).',
    id: 'Tulis folder ekspor sebagai jalur lengkap (misalnya /home/saya/ekspor).',
  },
  'export.folderUnmeant': {
    en: 'The export folder’s path begins or ends with a space, or holds a line break or another invisible character; no folder is meant to be named so. Type the path again without them.',
    id: 'Jalur folder ekspor diawali atau diakhiri spasi, atau memuat pindah baris atau karakter tak terlihat lain; tidak ada folder yang dimaksudkan bernama demikian. Ketik ulang jalurnya tanpa karakter itu.',
  },
  'export.folderInTheWay': {
    en: 'A folder named "{name}" in {target} holds files that are not a Redaksi package. Nothing was written or replaced: move that folder, or choose another export folder.',
    id: 'Folder bernama "{name}" di {target} berisi berkas yang bukan paket Redaksi. Tidak ada yang ditulis atau diganti: pindahkan folder itu, atau pilih folder ekspor lain.',
  },
  'export.zipInTheWay': {
    en: '"{name}" in {target} is not a zip of this package (a folder, or a file of something else). Nothing was written or replaced: move it, or choose another export folder.',
    id: '"{name}" di {target} bukan zip paket ini (sebuah folder, atau berkas lain). Tidak ada yang ditulis atau diganti: pindahkan, atau pilih folder ekspor lain.',
  },
  'export.failed': {
    en: 'The package could not be written to {target}: {reason}. The previous package, if any, is unchanged.',
    id: 'Paket tidak dapat ditulis ke {target}: {reason}. Paket sebelumnya, jika ada, tidak berubah.',
  },
  'export.reason.missing': {
    en: 'a folder on that path does not exist and cannot be made there',
    id: 'sebuah folder di jalur itu tidak ada dan tidak dapat dibuat di sana',
  },
  'export.reason.denied': {
    en: 'Redaksi is not allowed to write there; choose a folder of your own',
    id: 'Redaksi tidak diizinkan menulis di sana; pilih folder milik Anda sendiri',
  },
  'export.reason.fileInTheWay': {
    en: 'a file stands where a folder should be',
    id: 'ada berkas di tempat yang seharusnya folder',
  },
  'export.reason.full': { en: 'the disk is full', id: 'disk penuh' },
  'export.reason.nameTooLong': {
    en: 'a name on that path is too long for the disk',
    id: 'ada nama di jalur itu yang terlalu panjang untuk disk',
  },
  'export.reason.loop': {
    en: 'the path goes round in a circle of links',
    id: 'jalur itu berputar dalam lingkaran tautan',
  },
  'export.reason.readOnly': { en: 'the disk is read-only', id: 'disk hanya-baca' },
  'export.zipFailed': {
    en: 'The package’s .zip could not be written in {target}: {reason}. Nothing was changed: the previous package and its .zip, if any, are as they were.',
    id: 'Berkas .zip paket tidak dapat ditulis di {target}: {reason}. Tidak ada yang berubah: paket dan .zip sebelumnya, jika ada, tetap seperti semula.',
  },
} as const satisfies Record<string, { en: string; id: string }>;
