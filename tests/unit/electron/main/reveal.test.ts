import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExportPackageFolder } from '../../../../electron/main/reveal';
import { tempFolder } from '../../support/temp-folder';

describe('showing an export package in the file manager', () => {
  it('accepts only an absolute folder holding index.html and article.json', () => {
    const root = tempFolder('redaksi-reveal');
    const pkg = path.join(root, 'berita');
    fs.mkdirSync(pkg);
    fs.writeFileSync(path.join(pkg, 'index.html'), '<!DOCTYPE html>');
    expect(isExportPackageFolder(pkg)).toBe(false); // no article.json yet
    fs.writeFileSync(path.join(pkg, 'article.json'), '{}');
    expect(isExportPackageFolder(pkg)).toBe(true);
    expect(isExportPackageFolder(path.join(pkg, 'index.html'))).toBe(false);
    expect(isExportPackageFolder('berita')).toBe(false);
    expect(isExportPackageFolder(root)).toBe(false);
    expect(isExportPackageFolder('/')).toBe(false);
    expect(isExportPackageFolder(`${pkg}\0`)).toBe(false);
    expect(isExportPackageFolder({ toString: () => pkg })).toBe(false);
  });
});
