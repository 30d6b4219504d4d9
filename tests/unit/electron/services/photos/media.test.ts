import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveMediaPath } from '../../../../../electron/services/photos/media';
import { hostilePaths, makeMediaFolder } from '../../../support/media-folder';
import { tempFolder } from '../../../support/temp-folder';

describe('media URL confinement (QUALITY.md R12)', () => {
  it('resolves a rendition address to its file inside the renditions folder', async () => {
    const folder = await makeMediaFolder(tempFolder());
    const found = resolveMediaPath(folder.dataDir, `/media/${folder.sha}/480.webp`);
    expect(found).toEqual({
      file: path.join(fs.realpathSync(folder.dataDir), 'renditions', folder.sha, '480.webp'),
      contentType: 'image/webp',
    });
  });

  it('refuses ..%2F, absolute paths, a sibling folder sharing the prefix, symlinks out and any other shape', async () => {
    const folder = await makeMediaFolder(tempFolder());
    for (const urlPath of hostilePaths(folder))
      expect(resolveMediaPath(folder.dataDir, urlPath), urlPath).toBeNull();
  });

  it('refuses a rendition that does not exist, or before anything was imported', async () => {
    const folder = await makeMediaFolder(tempFolder());
    expect(resolveMediaPath(folder.dataDir, `/media/${folder.sha}/960.webp`)).toBeNull();
    expect(resolveMediaPath(tempFolder(), `/media/${folder.sha}/480.webp`)).toBeNull();
  });
});
