import path from 'node:path';
import { isPackageFolder } from '../services/export/paths';

/**
 * Whether a folder the renderer names is an export package Redaksi wrote (absolute, a real
 * directory, with index.html and article.json): the only folders the app shows in the file manager.
 */
export function isExportPackageFolder(folder: unknown): folder is string {
  if (
    typeof folder !== 'string' ||
    folder.length > 1_000 ||
    !path.isAbsolute(folder) ||
    folder.includes('\0')
  )
    return false;
  return isPackageFolder(folder);
}
