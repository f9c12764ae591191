import { readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { HearthError } from '../../../shared/errors';
import type { ImportFormat, ImportReport } from '../../../shared/transfer';
import { writeFileAtomic } from '../vault/atomic-file';
import type { VaultService } from '../vault/vault-service';
import { applyDocument, checkSections, exportDocument, isEnvelope, openDocument, parseDocument, sealDocument, type ParsedDocument } from './document';
import { fromDayOne, fromDayOneZip, isDayOne } from './importers/day-one';
import { fromJrnl, isJrnl } from './importers/jrnl';
import { fromMiniDiary, isMiniDiary } from './importers/mini-diary';
import type { TimelineItem } from './sections/timeline';

/** Larger files cannot be read as one string by the JavaScript engine (about 512 MB). */
const MAX_IMPORT_BYTES = 500 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const NOT_READABLE = 'Hearth cannot read this file. It imports its own exports and the JSON exports of Mini Diary, Day One (zip or JSON) and jrnl. Nothing was imported.';

/** The full export and import of a vault, and imports from other journals. */
export class TransferService {
  readonly #vaults: VaultService;

  constructor(vaults: VaultService) {
    this.#vaults = vaults;
  }

  /** Everything in the vault as one file where the user chooses; encrypted when a passphrase is given. */
  async exportAll(passphrase: string | undefined): Promise<{ saved: boolean; path?: string }> {
    this.#vaults.requireUnlocked();
    const day = this.#vaults.clock.now().toISOString().slice(0, 10);
    const path = await this.#vaults.platform.chooseSavePath({
      title: passphrase ? 'Save the protected export' : 'Save the export (not encrypted)',
      defaultName: passphrase ? `hearth-export-${day}.protected.json` : `hearth-export-${day}.json`,
      filters: [{ name: 'Hearth export', extensions: ['json'] }],
    });
    if (!path) return { saved: false };
    const vault = this.#vaults.requireUnlocked();
    const text = exportDocument(vault.db, this.#vaults.clock.now());
    const file = passphrase ? await sealDocument(text, passphrase, await this.#vaults.kdfParams()) : text;
    // Written beside the target and renamed: a failure leaves no partial file.
    try {
      writeFileAtomic(path, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new HearthError('IO', 'That folder is not there any more. Choose another place to save the export.');
      throw error;
    }
    return { saved: true, path };
  }

  async chooseFile(): Promise<{ path: string | null }> {
    this.#vaults.requireUnlocked();
    const path = await this.#vaults.platform.chooseOpenFile?.({
      title: 'Choose a file to import',
      filters: [
        { name: 'Hearth exports and journal exports', extensions: ['json', 'zip'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    return { path: path ?? null };
  }

  /** Merge a file into the unlocked vault, in one transaction; a file that is not fully readable imports nothing. */
  async importFile(path: string, passphrase: string | undefined): Promise<ImportReport> {
    this.#vaults.requireUnlocked();
    const bytes = readImportFile(path);
    const { format, doc } = await this.#read(bytes, passphrase);
    const counts = applyDocument(this.#vaults.requireUnlocked().db, doc);
    return { format, counts, unknownSections: doc.unknownSections };
  }

  async #read(bytes: Buffer, passphrase: string | undefined): Promise<{ format: ImportFormat; doc: ParsedDocument }> {
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
    if (typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === 'hearth-export') return { format: 'hearth', doc: parseDocument(raw) };
    if (isMiniDiary(raw)) return journal('mini-diary', fromMiniDiary(raw));
    if (isDayOne(raw)) return journal('day-one', await fromDayOne(raw));
    if (isJrnl(raw)) return journal('jrnl', fromJrnl(raw));
    throw new HearthError('VALIDATION', NOT_READABLE);
  }
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

function readImportFile(path: string): Buffer {
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
