import { z } from 'zod';

/** The closed list of error codes a contract call may return. The renderer shows `message` as is. */
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
  'SETTINGS_CORRUPT',
  'PHOTO_UNREADABLE',
  'PHOTO_TOO_LARGE',
  'PHOTO_IN_USE',
  'EXPORT_FAILED',
  'INTERNAL',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

/** An error as a value: services throw it, transports turn it into `{ok: false, error}`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toShape(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
