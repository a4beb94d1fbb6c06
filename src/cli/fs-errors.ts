// What a failed file-system call means to the person who ran the command:
// the path, what went wrong in words, and what to do. Every such error is
// bad input or a bad environment (exit 2), never an internal error.
import { UsageError } from './report.js';

const REASONS: Record<string, [reason: string, advice: string]> = {
  ENOSPC: ['no space left on the device', 'free some space and run the command again'],
  EDQUOT: ['the disk quota is used up', 'free some space and run the command again'],
  EFBIG: ['the file is too large for this file system', 'write to another folder'],
  EACCES: ['permission denied', 'check the permissions of the file and of its folder'],
  EPERM: ['the operation is not permitted', 'check the permissions of the file and of its folder'],
  EROFS: ['the file system is read-only', 'write to another folder'],
  ENOTDIR: ['a part of the path is a file, not a folder', 'remove or rename that file'],
  EEXIST: ['something else is already there', 'remove or rename it'],
  EISDIR: ['it is a folder, not a file', 'remove or rename the folder'],
  ENOTEMPTY: ['it is a folder, not a file', 'remove or rename the folder'],
  ELOOP: ['too many symbolic links (a link that points to itself?)', 'fix or remove the link'],
  ENOENT: ['no such file or folder', 'check the path'],
  ENAMETOOLONG: ['the name is too long', 'use a shorter name'],
  EMFILE: ['too many files are open', 'close some programs and run the command again'],
  ENFILE: ['too many files are open', 'close some programs and run the command again'],
  EIO: ['an input/output error (disk or network)', 'check the disk and run the command again'],
  EBUSY: ['the file is busy', 'close the program that holds it and run the command again'],
  ETXTBSY: ['the file is busy', 'close the program that holds it and run the command again'],
  EXDEV: ['the file is on another device', 'write inside the workspace'],
  EINVAL: ['the operation is not supported there', 'use an ordinary folder'],
  ENOTSUP: ['the operation is not supported there', 'use an ordinary folder'],
  EAGAIN: ['the file is not ready to be read (a pipe or a device?)', 'use an ordinary file'],
};

export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** Whether an error came from the file system (and so maps to a message, not a crash). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && errnoOf(error) !== undefined && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * "cannot write out/seed.md: no space left on the device; free some space and
 * run the command again". `action` is what the command was doing to `path`.
 */
export function fileSystemMessage(error: unknown, action: string, path: string): string {
  const code = errnoOf(error);
  const [reason, advice] = (code && REASONS[code]) || [code ? `${code}` : String((error as Error)?.message ?? error), 'check the path'];
  return `cannot ${action} ${path}: ${reason}; ${advice}`;
}

/** The same, as an error that the shell reports with exit status 2. */
export function fileSystemError(error: unknown, action: string, path: string, note = ''): UsageError {
  return new UsageError(`${fileSystemMessage(error, action, path)}${note}`);
}
