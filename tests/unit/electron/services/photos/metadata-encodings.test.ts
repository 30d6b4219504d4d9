import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readPhotoText } from '../../../../../electron/services/photos/metadata';

/** An IPTC IIM dataset: 0x1C, record, number, length, bytes. */
const dataset = (record: number, number: number, value: Buffer): Buffer =>
  Buffer.concat([Buffer.from([0x1c, record, number, value.length >> 8, value.length & 0xff]), value]);

/**
 * A JPEG with an IPTC block as agencies' tools write it: a Photoshop APP13 segment holding the 8BIM
 * resource 0x0404 with the datasets.
 */
async function jpegWithIptc(datasets: Buffer[]): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#446688' } })
    .jpeg()
    .toBuffer();
  let iptc = Buffer.concat(datasets);
  if (iptc.length % 2 === 1) iptc = Buffer.concat([iptc, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length - (Buffer.concat(datasets).length % 2));
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04, 0, 0]), size, iptc]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const marker = Buffer.from([0xff, 0xed, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), marker, payload, jpeg.subarray(2)]);
}

const UTF8_FLAG = dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47]));
const caption = (bytes: Buffer) => dataset(2, 120, bytes);
const byline = (bytes: Buffer) => dataset(2, 80, bytes);
const credit = (bytes: Buffer) => dataset(2, 110, bytes);

const CAPTION = 'JAKARTA: Warga berdoa di masjid pada Jum’at (3/1/2025) — café “Örnek”.';
const CREATOR = 'Dhémas Réviyanto';

describe('IPTC text in the encodings agencies write', () => {
  it('reads UTF-8 IPTC as UTF-8 when the file says so (1:90 ESC % G), as AFP, Antara and Reuters write it', async () => {
    const file = await jpegWithIptc([
      UTF8_FLAG,
      caption(Buffer.from(CAPTION)),
      byline(Buffer.from(CREATOR)),
      credit(Buffer.from('DHÉMAS RÉVIYANTO/ANTARA FOTO')),
    ]);
    const { text } = await readPhotoText(file);
    expect(text).toMatchObject({
      caption: CAPTION,
      creator: CREATOR,
      credit: 'DHÉMAS RÉVIYANTO/ANTARA FOTO',
    });
  });

  it('reads unflagged UTF-8 as UTF-8, and unflagged Latin-1 as Latin-1', async () => {
    const utf8 = await jpegWithIptc([caption(Buffer.from(CAPTION)), byline(Buffer.from(CREATOR))]);
    expect((await readPhotoText(utf8)).text).toMatchObject({ caption: CAPTION, creator: CREATOR });

    const latin1 = await jpegWithIptc([
      caption(Buffer.from('Café in Medan', 'latin1')),
      byline(Buffer.from('José Ñúñez', 'latin1')),
    ]);
    expect((await readPhotoText(latin1)).text).toMatchObject({
      caption: 'Café in Medan',
      creator: 'José Ñúñez',
    });
  });
});

describe('IPTC text whose encoding is mixed or Windows’ own', () => {
  it('reads each value in its own encoding when a block mixes UTF-8 and Latin-1 unflagged', async () => {
    const mixed = await jpegWithIptc([
      caption(Buffer.from("JUM'AT: Salat Jum’at di Masjid Raya.")),
      byline(Buffer.from('José Ramírez', 'latin1')),
    ]);
    expect((await readPhotoText(mixed)).text).toMatchObject({
      caption: "JUM'AT: Salat Jum’at di Masjid Raya.",
      creator: 'José Ramírez',
    });
  });

  it('takes the quotes and dashes Windows-1252 writes in 0x80–0x9F, never control characters', async () => {
    const cp1252 = await jpegWithIptc([
      // “Jakarta’s” — 2025 …, as a Windows tool writes it: 0x93 0x92 0x94 0x97 0x85; 0x81 is undefined.
      caption(
        Buffer.from([
          0x93,
          ...Buffer.from('Jakarta'),
          0x92,
          0x73,
          0x94,
          0x20,
          0x97,
          0x20,
          0x32,
          0x30,
          0x32,
          0x35,
          0x20,
          0x85,
          0x81,
        ]),
      ),
    ]);
    expect((await readPhotoText(cp1252)).text.caption).toBe('“Jakarta’s” — 2025 …');
  });
});

describe('metadata the decoder finds where exifr cannot look', () => {
  it('reads a WebP’s XMP caption, credit and creator', async () => {
    const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="ANTARA FOTO">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">BANJIR: Warga mengungsi, Jum’at.</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>${CREATOR}</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
    const webp = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#446688' } })
      .webp()
      .withXmp(xmp)
      .toBuffer();
    const header = await sharp(webp).metadata();
    const { text, warning } = await readPhotoText(webp, { xmp: header.xmp, exif: header.exif });
    expect(warning).toBeUndefined();
    expect(text).toMatchObject({
      caption: 'BANJIR: Warga mengungsi, Jum’at.',
      credit: 'ANTARA FOTO',
      creator: CREATOR,
    });
  });

  it('takes no camera’s stock description ("OLYMPUS DIGITAL CAMERA") for a caption', async () => {
    for (const stock of [
      'OLYMPUS DIGITAL CAMERA',
      'SONY DSC',
      'DIGITAL CAMERA',
      'KONICA MINOLTA DIGITAL CAMERA',
    ]) {
      const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#446688' } })
        .jpeg()
        .withExif({ IFD0: { ImageDescription: stock } })
        .toBuffer();
      expect((await readPhotoText(jpeg)).text.caption).toBe('');
    }
    const described = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#446688' } })
      .jpeg()
      .withExif({ IFD0: { ImageDescription: 'Digital camera market in Medan' } })
      .toBuffer();
    expect((await readPhotoText(described)).text.caption).toBe('Digital camera market in Medan');
  });
});

/** A JPEG carrying an XMP packet whose rdf:Description holds the given attributes and elements. */
async function jpegWithXmp(attributes: string, elements: string): Promise<Buffer> {
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" ${attributes}>
${elements}
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#446688' } })
    .jpeg()
    .withXmp(xmp)
    .toBuffer();
}

const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${text}</rdf:li></rdf:Alt>`;

describe('XMP text as XML writes it', () => {
  it('reads "&amp;" and "&quot;" in XMP as "&" and a quote, in caption, credit, photographer and copyright', async () => {
    const jpeg = await jpegWithXmp(
      'photoshop:Credit="DWI PUTRA/REUTERS &amp; AFP"',
      `<dc:description>${alt('KIM &amp; PUTIN: Pertemuan di Vostochny, Rabu (13/9/2023).')}</dc:description>
<dc:creator><rdf:Seq><rdf:li>Dwi &quot;Dee&quot; Putra</rdf:li></rdf:Seq></dc:creator>
<dc:rights>${alt('© 2023 Tribun &amp; Partners')}</dc:rights>`,
    );
    const { text, warning } = await readPhotoText(jpeg);
    expect(warning).toBeUndefined();
    expect(text).toMatchObject({
      caption: 'KIM & PUTIN: Pertemuan di Vostochny, Rabu (13/9/2023).',
      credit: 'DWI PUTRA/REUTERS & AFP',
      creator: 'Dwi "Dee" Putra',
      copyright: '© 2023 Tribun & Partners',
    });
  });

  it('decodes each entity once: "&amp;lt;" stays "&lt;", and numeric references become their characters', async () => {
    const jpeg = await jpegWithXmp(
      'photoshop:City="Jum&#8217;at &#x26; &lt;Medan&gt;"',
      `<dc:description>${alt('Write &amp;lt; for &lt;, &apos;quoted&apos; &#38;amp; &#x1F4F7;')}</dc:description>`,
    );
    const { text } = await readPhotoText(jpeg);
    expect(text.caption).toBe("Write &lt; for <, 'quoted' &amp; 📷");
    expect(text.city).toBe('Jum’at & <Medan>');
  });

  it('takes no camera’s stock description in XMP dc:description for a caption', async () => {
    const stock = await jpegWithXmp('', `<dc:description>${alt('OLYMPUS DIGITAL CAMERA')}</dc:description>`);
    expect((await readPhotoText(stock)).text.caption).toBe('');
    const described = await jpegWithXmp(
      '',
      `<dc:description>${alt('Digital camera market in Medan')}</dc:description>`,
    );
    expect((await readPhotoText(described)).text.caption).toBe('Digital camera market in Medan');
  });
});
