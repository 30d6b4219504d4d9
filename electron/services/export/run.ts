import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { say, sayPart, type ServiceMessageKey } from '../../../shared/api/wording';
import type { ExportCheck, ExportResult, ExportRunInput, ExportZip } from '../../../shared/api/export';
import type { PublicationProfile } from '../../../shared/api/settings';
import { getArticle } from '../articles/store';
import { exportAttribution } from '../sources/export';
import { packageTargetProblem, safeName, zipTargetProblem } from './paths';
import { journalExport } from './journal';
import { loadExportMedia } from './media';
import { planPackage, type PackagePlan } from './plan';
import { loadRelatedArticles } from './related';
import { preflight } from './preflight';
import { packageZip, writePackage, ZipWriteError } from './write';

/** The publication and the theme template (resources/export/style.css) an export renders with. */
export interface ExportSetup {
  profile: PublicationProfile;
  styleTemplate: string;
  /** The data folder, whose renditions/ the package's images are copied from. */
  dataDir: string;
}

export interface PreparedExport {
  plan: PackagePlan;
  preflight: ExportCheck;
  folderName: string;
  modified: Date;
}

/** Renders an article's package in memory and checks it; nothing is written. */
export function prepareExport(db: Database, id: string, setup: ExportSetup): PreparedExport {
  const article = getArticle(db, id);
  const attribution = exportAttribution(db, id, setup.profile.language);
  const media = loadExportMedia(db, setup.dataDir, article, setup.profile.logoPhotoId);
  const related = loadRelatedArticles(db, article);
  const plan = planPackage(article, setup.profile, setup.styleTemplate, attribution, media, related);
  return {
    plan,
    preflight: preflight(article, plan.printedWords, plan.issues),
    folderName: safeName(article.slug, 'article'),
    modified: new Date(plan.modifiedAt),
  };
}

/** The package as a zip in memory, for browser mode's download (same bytes as the zip on disk). */
export function zipExport(db: Database, id: string, setup: ExportSetup, warningsSeen?: string[]): ExportZip {
  const prepared = prepareExport(db, id, setup);
  refuseBlocked(prepared, { acceptWarnings: true, warningsSeen });
  const bytes = packageZip(prepared.folderName, prepared.plan.files, prepared.modified);
  return { fileName: `${prepared.folderName}.zip`, base64: Buffer.from(bytes).toString('base64') };
}

function refuseBlocked(
  prepared: PreparedExport,
  { acceptWarnings, warningsSeen }: Pick<ExportRunInput, 'acceptWarnings' | 'warningsSeen'>,
): void {
  const { errors, warnings } = prepared.preflight;
  if (errors.length > 0) {
    // The message (logs, the command line) names the errors; the renderer lists them from the details.
    const { wording } = say('export.blocked');
    const message = `The article cannot be exported yet: ${errors.map((e) => e.message).join(' ')}`;
    throw new ApiError('EXPORT_FAILED', { message, wording }, prepared.preflight);
  }
  if (warnings.length > 0 && !acceptWarnings) {
    throw new ApiError('EXPORT_FAILED', say('export.warningsToAccept'), prepared.preflight);
  }
  // Accepted as shown: one that came since (another window's edit) is shown and accepted first.
  const seen = new Set(warningsSeen);
  if (warningsSeen && warnings.some((warning) => !seen.has(warning.message))) {
    throw new ApiError('EXPORT_FAILED', say('export.newWarnings'), prepared.preflight);
  }
}

const REASONS: Record<string, ServiceMessageKey> = {
  ENOENT: 'export.reason.missing',
  EACCES: 'export.reason.denied',
  EPERM: 'export.reason.denied',
  EEXIST: 'export.reason.fileInTheWay',
  ENOTDIR: 'export.reason.fileInTheWay',
  ENOSPC: 'export.reason.full',
  EDQUOT: 'export.reason.full',
  EROFS: 'export.reason.readOnly',
  ENAMETOOLONG: 'export.reason.nameTooLong',
  ELOOP: 'export.reason.loop',
};

/**
 * Why the disk refused: in plain words when the system's code is a known one, else the system's own
 * words without the path it repeats (the message already names the folder).
 */
function failure(key: 'export.failed' | 'export.zipFailed', values: Record<string, string>, error: unknown) {
  const known = REASONS[(error as NodeJS.ErrnoException).code ?? ''];
  const own = (error as Error).message.replace(/,\s*\w+\s+'[^']*'(?:\s*->\s*'[^']*')?$/, '');
  return say(key, { ...values, reason: known ? sayPart(known) : own });
}

/** Where to offer to export: the publication's last folder, else ~/Redaksi exports. */
export function suggestedFolder(profile: PublicationProfile): string {
  return profile.exportFolder || path.join(os.homedir(), 'Redaksi exports');
}

/** Space at either end, or a control character (a line break, a tab, NUL) anywhere. */
const UNMEANT_IN_FOLDER = /^\s|\s$|\p{Cc}/u;

/**
 * An earlier zip of this package beside a folder just written without one: it holds the previous
 * package, which a desk uploading the zip would publish. Removed, unless it is no zip of this package
 * (a file of the publisher's that happens to share the name). The package is written by then: a zip
 * that cannot be removed (open in another program) is said, not an export failed.
 */
function removeEarlierZip(target: string, name: string): Pick<ExportResult, 'zipRemoved' | 'zipNotRemoved'> {
  const zipFile = path.join(target, `${name}.zip`);
  try {
    if (!fs.existsSync(zipFile) || zipTargetProblem(zipFile, name) !== null)
      return { zipRemoved: null, zipNotRemoved: null };
    fs.rmSync(zipFile, { force: true });
    return { zipRemoved: zipFile, zipNotRemoved: null };
  } catch (error) {
    console.error(`[redaksi] the earlier zip ${zipFile} could not be removed:`, error);
    return { zipRemoved: null, zipNotRemoved: zipFile };
  }
}

/** Writes the package (and the zip on request) when preflight allows it. */
export function runExport(db: Database, input: ExportRunInput, setup: ExportSetup): ExportResult {
  // A pasted path often brings a space or a line break along; a folder so named is never what was meant.
  if (UNMEANT_IN_FOLDER.test(input.folder)) throw new ApiError('VALIDATION', say('export.folderUnmeant'));
  if (!path.isAbsolute(input.folder)) throw new ApiError('VALIDATION', say('export.folderNotFull'));
  const prepared = prepareExport(db, input.id, setup);
  refuseBlocked(prepared, input);
  const { warnings } = prepared.preflight;
  const target = path.resolve(input.folder);
  const { folderName, plan, modified } = prepared;
  const inTheWay = packageTargetProblem(path.join(target, folderName));
  if (inTheWay !== null) {
    const values = { name: folderName, target };
    throw new ApiError(
      'EXPORT_FAILED',
      say(inTheWay === 'file' ? 'export.fileInTheWay' : 'export.folderInTheWay', values),
    );
  }
  // Checked before anything is written, so a refused zip never leaves a new folder beside an old zip.
  const zipInTheWay = input.zip ? zipTargetProblem(path.join(target, `${folderName}.zip`), folderName) : null;
  if (zipInTheWay !== null) {
    throw new ApiError('EXPORT_FAILED', say('export.zipInTheWay', { name: `${folderName}.zip`, target }));
  }
  return journalExport(setup.dataDir, target, folderName, () => {
    let written: { folder: string; zipFile: string | null };
    try {
      written = writePackage(target, folderName, plan.files, input.zip ? modified : null);
    } catch (error) {
      if (error instanceof ZipWriteError)
        throw new ApiError('EXPORT_FAILED', failure('export.zipFailed', { target }, error.reason));
      throw new ApiError('EXPORT_FAILED', failure('export.failed', { target }, error));
    }
    const { folder, zipFile } = written;
    const earlier =
      zipFile === null ? removeEarlierZip(target, folderName) : { zipRemoved: null, zipNotRemoved: null };
    return { folder, zipFile, ...earlier, files: plan.files.map((file) => file.path), warnings };
  });
}
