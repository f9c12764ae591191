import { HearthError } from '../shared/errors';

const SQLITE_CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE']);
const IO_ERRNO = new Set(['ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EDQUOT', 'EMFILE', 'ENOTDIR', 'EISDIR', 'EBUSY', 'EEXIST']);

/** Turn anything thrown inside the core into an error with a stable code and a sentence a person can act on. */
export function toHearthError(error: unknown): HearthError {
  if (error instanceof HearthError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (SQLITE_CORRUPT.has(code)) {
    return new HearthError('CORRUPT', 'The vault file is damaged. Restore a backup, or ask for help before changing anything.', { reason: 'database' });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new HearthError('IO', 'The disk is full. Free some space, then try again; nothing was lost.', { reason: 'disk-full' });
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || IO_ERRNO.has(code)) {
    return new HearthError('IO', 'Hearth could not read or write the vault folder. Check that it is still there and that you may write to it.', {
      reason: 'folder-unreadable',
    });
  }
  // A connection a lock closed under a call that was still running (a lock never waits: core.ts).
  if (error instanceof TypeError && error.message === 'The database connection is not open') {
    return new HearthError('VAULT_LOCKED', 'Hearth locked before this could finish; nothing more was saved. Unlock it to go on.');
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new HearthError('CONFLICT', 'The vault is busy with another change. Try again in a moment.');
  }
  return new HearthError('INTERNAL', 'Something went wrong inside Hearth. Nothing you wrote was changed.');
}
