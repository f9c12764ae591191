/** Stable error codes: the renderer and tests branch on these, never on messages. */
export const ERROR_CODES = [
  'VALIDATION',
  'VAULT_LOCKED',
  'WRONG_PASSPHRASE',
  'RATE_LIMITED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'NOT_A_VAULT',
  'CONFLICT',
  'LAST_SLOT',
  'CORRUPT',
  'TOO_NEW',
  'IO',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  /** For RATE_LIMITED: how long until the next attempt is allowed. */
  retryAfterMs?: number;
  /** For VALIDATION: the path of the first offending field. */
  field?: string;
  /** For CORRUPT and IO: which part is damaged or out of reach, so screens go by code, not by wording. */
  reason?: DamageReason;
}

export type DamageReason = 'database' | 'keyslots' | 'vault-file' | 'disk-full' | 'folder-missing' | 'folder-unreadable';

export interface HearthErrorShape {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

/** The one error type that crosses the contract; `message` is a sentence a person can act on. */
export class HearthError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'HearthError';
    this.code = code;
    this.details = details;
  }

  toShape(): HearthErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }

  static fromShape(shape: HearthErrorShape): HearthError {
    return new HearthError(shape.code, shape.message, shape.details);
  }
}

export function isHearthError(value: unknown): value is HearthError {
  return value instanceof HearthError;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HearthErrorShape };
