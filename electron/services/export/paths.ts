import path from 'node:path';
import { RESERVED_NAMES } from '../../../shared/text/slug';

const MAX_NAME = 100;

/**
 * A file or folder name made only of lower-case ASCII letters, digits and single hyphens — no
 * dots, slashes, backslashes or reserved device names — so it can never leave its folder.
 */
export function safeName(wanted: string, fallback: string): string {
  const name = wanted
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME)
    .replace(/-+$/, '');
  return name && !RESERVED_NAMES.test(name) ? name : fallback;
}

/** Joins a package-relative path onto its root, refusing anything that would land outside it. */
export function confine(root: string, relative: string): string {
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, relative);
  if (path.isAbsolute(relative) || !target.startsWith(resolvedRoot + path.sep)) {
    throw new Error(`Refusing to write outside the export folder: ${relative}`);
  }
  return target;
}
