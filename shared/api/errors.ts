import { z } from 'zod';
import { Wording } from './wording';

/**
 * The closed list of error codes a contract call may return. The renderer shows `message`, or says the
 * `wording` in the interface language when it has one (shared/api/wording.ts).
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BODY_MISMATCH',
  'UNKNOWN_NODE',
  'DATABASE_NEWER',
  'DATABASE_CORRUPT',
  'DATA_FOLDER_UNUSABLE',
  'SETTINGS_CORRUPT',
  'PHOTO_UNREADABLE',
  'PHOTO_TOO_LARGE',
  'PHOTO_IN_USE',
  'SOURCE_IN_USE',
  'EXPORT_FAILED',
  'STORAGE_FULL',
  'STORAGE_READ_ONLY',
  'STORAGE_UNREADABLE',
  'INTERNAL',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
  wording: Wording.optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** An error as a value: services throw it, transports turn it into `{ok: false, error}`. */
export class ApiError extends Error {
  readonly wording?: Wording;

  /** `said` is the English message, or a catalog message made by say() (then also said in Indonesian). */
  constructor(
    readonly code: ErrorCode,
    said: string | { message: string; wording: Wording },
    readonly details?: unknown,
  ) {
    super(typeof said === 'string' ? said : said.message);
    this.name = 'ApiError';
    if (typeof said !== 'string') this.wording = said.wording;
  }

  toShape(): ApiErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.details === undefined ? {} : { details: this.details }),
      ...(this.wording === undefined ? {} : { wording: this.wording }),
    };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
