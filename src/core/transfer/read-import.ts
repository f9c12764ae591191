import { readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { HearthError } from '../../shared/errors';
import type { ImportFormat } from '../../shared/transfer';
import { checkSections, isEnvelope, openDocument, parseDocument, type ParsedDocument } from './document';
import { fromDayOne, fromDayOneZip, isDayOne } from './importers/day-one';
import { fromJrnl, isJrnl } from './importers/jrnl';
import { fromMiniDiary, isMiniDiary } from './importers/mini-diary';
import { reencodeTimelinePhotos } from './import-photos';
import type { TimelineItem } from './sections/timeline';

/** Larger files cannot be read as one string by the JavaScript engine (about 512 MB). */
const MAX_IMPORT_BYTES = 500 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const NOT_READABLE = 'Hearth cannot read this file. It imports its own exports and the JSON exports of Mini Diary, Day One (zip or JSON) and jrnl. Nothing was imported.';

/**
 * Recognise and fully check an import file's bytes; nothing is written. Every photo in it comes out re-encoded
 * (import-photos.ts), whichever format brought it. Runs on the vault worker (worker/); `step` is called between
 * photos and may throw to stop (a cancel).
 */
export async function readImport(bytes: Buffer, passphrase: string | undefined, step: () => void = () => {}): Promise<{ format: ImportFormat; doc: ParsedDocument }> {
  const journal = (format: ImportFormat, items: TimelineItem[] | null) => {
    if (!items) throw new HearthError('VALIDATION', `This looks like a ${label(format)} export, but part of it is not in the expected form. Nothing was imported.`);
    return { format, doc: checkSections({ timeline: items }) };
  };
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) return journal('day-one', await fromDayOneZip(bytes));
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new HearthError('VALIDATION', NOT_READABLE);
  }
  if (isEnvelope(raw)) raw = parseJson(await openDocument(raw, passphrase));
  if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'hearth-export') {
    return { format: 'hearth', doc: await reencodeTimelinePhotos(parseDocument(raw), step) };
  }
  if (isMiniDiary(raw)) return journal('mini-diary', fromMiniDiary(raw));
  if (isDayOne(raw)) return journal('day-one', await fromDayOne(raw));
  if (isJrnl(raw)) return journal('jrnl', fromJrnl(raw));
  throw new HearthError('VALIDATION', NOT_READABLE);
}

function label(format: ImportFormat): string {
  return { hearth: 'Hearth', 'mini-diary': 'Mini Diary', 'day-one': 'Day One', jrnl: 'jrnl' }[format];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HearthError('VALIDATION', NOT_READABLE);
  }
}

export function readImportFile(path: string): Buffer {
  if (!isAbsolute(path)) throw new HearthError('VALIDATION', 'Choose the file to import.', { field: 'path' });
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new HearthError('VALIDATION', 'That is a folder, not a file. Choose the exported file itself.', { field: 'path' });
    size = stat.size;
  } catch (error) {
    if (error instanceof HearthError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new HearthError('NOT_FOUND', 'That file is not there any more.');
    throw error;
  }
  if (size > MAX_IMPORT_BYTES) throw new HearthError('VALIDATION', 'This file is larger than Hearth can import at once (500 MB). Nothing was imported.');
  return readFileSync(path);
}
