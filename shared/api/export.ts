import { z } from 'zod';
import { Wording } from './wording';

export const ExportIssue = z.object({
  level: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  wording: Wording.optional(),
  /** Where in the body it is, for the dialog's "Show": a page's number, or a photo block's (reading order). */
  page: z.number().int().positive().optional(),
  photo: z.number().int().positive().optional(),
});
export type ExportIssue = z.infer<typeof ExportIssue>;

/** What stands in the way of publishing: errors block the export, warnings must be accepted. */
export const ExportPreflight = z.object({
  errors: z.array(ExportIssue),
  warnings: z.array(ExportIssue),
  /** The folder to offer: where this publication exported last, else a folder in the user's home. */
  suggestedFolder: z.string(),
  /** Whether to offer the zip too: as this publication's last export did. */
  suggestedZip: z.boolean(),
});
export type ExportPreflight = z.infer<typeof ExportPreflight>;

/** Preflight's findings alone, without what the dialog is offered. */
export const ExportCheck = ExportPreflight.omit({ suggestedFolder: true, suggestedZip: true });
export type ExportCheck = z.infer<typeof ExportCheck>;

export const ExportRunInput = z.object({
  id: z.string().uuid(),
  /** The folder the package goes into (its own subfolder is named after the slug). Absolute. */
  folder: z.string().min(1).max(1_000),
  zip: z.boolean(),
  acceptWarnings: z.boolean(),
  /**
   * The warnings accepted, as they were shown (their messages). Given, a warning not among them (the
   * article changed since the check) refuses the export with the new check; left out (the command
   * line's --accept-warnings), every warning is accepted.
   */
  warningsSeen: z.array(z.string().max(4_000)).max(1_000).optional(),
});
export type ExportRunInput = z.infer<typeof ExportRunInput>;

/** The package as a zip download: the warnings accepted are the ones shown, as for export.run. */
export const ExportZipInput = ExportRunInput.pick({ id: true, warningsSeen: true });
export type ExportZipInput = z.infer<typeof ExportZipInput>;

export const ExportResult = z.object({
  /** The package folder that was written. */
  folder: z.string(),
  zipFile: z.string().nullable(),
  /** An earlier zip of this package beside the folder, removed: written without a zip, it no longer matched. */
  zipRemoved: z.string().nullable(),
  /** Such a zip that could not be removed (open in another program, say): it still holds the old version. */
  zipNotRemoved: z.string().nullable(),
  files: z.array(z.string()),
  warnings: z.array(ExportIssue),
});
export type ExportResult = z.infer<typeof ExportResult>;

/** The package zipped in memory, for a browser download (browser mode cannot open folders). */
export const ExportZip = z.object({ fileName: z.string(), base64: z.string() });
export type ExportZip = z.infer<typeof ExportZip>;
