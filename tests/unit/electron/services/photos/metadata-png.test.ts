import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { readPhotoText } from '../../../../../electron/services/photos/metadata';
import { importFiles } from '../../../support/photos';
import { openTestServices, type TestServices } from '../../../support/services';
import { tempFolder } from '../../../support/temp-folder';

let s: TestServices | null = null;
afterEach(() => s?.close());

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="ANTARA FOTO &amp; AFP">
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">BANJIR: Warga mengungsi, Jum’at.</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>Dhémas Réviyanto</rdf:li></rdf:Seq></dc:creator>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

const PRINTED = {
  caption: 'BANJIR: Warga mengungsi, Jum’at.',
  credit: 'ANTARA FOTO & AFP',
  creator: 'Dhémas Réviyanto',
};

/** The names of a PNG's chunks, in order. */
function chunks(png: Buffer): string[] {
  const names: string[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at))
    names.push(png.subarray(at + 4, at + 8).toString('latin1'));
  return names;
}

/** A PNG file with its XMP as libvips writes it (sharp's withXmp): deflated, in a zTXt chunk. */
async function pngWithCompressedXmp(): Promise<string> {
  const file = path.join(tempFolder('png-xmp'), 'banjir.png');
  await sharp({ create: { width: 64, height: 48, channels: 3, background: '#446688' } })
    .png()
    .withXmp(XMP)
    .toFile(file);
  return file;
}

describe('XMP in a PNG’s compressed text chunk', () => {
  it('reads caption, credit and creator from the zTXt chunk sharp writes', async () => {
    const file = await pngWithCompressedXmp();
    const bytes = fs.readFileSync(file);
    // The case at hand: the packet is compressed, not in an iTXt chunk exifr reads itself.
    expect(chunks(bytes)).toContain('zTXt');
    expect(chunks(bytes)).not.toContain('iTXt');
    const header = await sharp(file).metadata();
    const { text, warning } = await readPhotoText(bytes, { xmp: header.xmp, exif: header.exif });
    expect(warning).toBeUndefined();
    expect(text).toMatchObject(PRINTED);
  });

  it('fills them in on import', async () => {
    const file = await pngWithCompressedXmp();
    s = await openTestServices();
    const job = await importFiles(s, [file]);
    expect(job.files[0]).toMatchObject({ name: 'banjir.png', state: 'imported' });
    expect(await s.ok('photos.get', { id: job.files[0]!.photoId! })).toMatchObject(PRINTED);
  });
});
