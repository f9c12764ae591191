import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { BACKUP_NAME, BackupKind, type BackupSummary } from '../../shared/backups';
import { writeFileAtomic } from '../vaults/atomic-file';
import { ensurePrivateDir } from '../vaults/folder';
import { removeGradually } from '../vaults/paced-disk';
import { selectBackupsToKeep } from './rotation';

/** `2026-11-26T10-00-00Z`: a UTC time that is a valid file name everywhere. */
export function fileStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replaceAll(':', '-')}Z`;
}

/** A name no backup in `dir` has yet: `hearth-<stamp>[-<kind>][-<n>].db`. */
export function freshBackupName(dir: string, at: Date, kind: BackupKind): string {
  for (let n = 1; ; n++) {
    const name = `hearth-${fileStamp(at)}${kind === 'daily' ? '' : `-${kind}`}${n > 1 ? `-${n}` : ''}.db`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/** What a backup's name says: its kind and (to the second) when it was made. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  return { kind: (m[5] as BackupKind | undefined) ?? 'daily', createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z` };
}

const ManifestEntry = z.object({
  kind: BackupKind,
  createdAt: z.string().max(40),
  verifiedAt: z.string().max(40).nullable(),
});
type ManifestEntry = z.infer<typeof ManifestEntry>;
const Manifest = z.object({ format: z.literal('hearth-backups'), version: z.literal(1), backups: z.record(z.string(), ManifestEntry) });

/**
 * The backups folder of one vault and its small plaintext manifest (`backups.json`: kind, dates and when each
 * copy was last verified — nothing from inside the vault). The manifest is a convenience: a lost or damaged one
 * only forgets verification dates, since names carry kind and time.
 */
export class BackupFolder {
  readonly dir: string;

  constructor(vaultDir: string) {
    this.dir = join(vaultDir, 'backups');
  }

  get #manifestPath(): string {
    return join(this.dir, 'backups.json');
  }

  #read(): Record<string, ManifestEntry> {
    if (!existsSync(this.#manifestPath)) return {};
    try {
      const parsed = Manifest.safeParse(JSON.parse(readFileSync(this.#manifestPath, 'utf8')));
      return parsed.success ? parsed.data.backups : {};
    } catch {
      return {};
    }
  }

  #write(backups: Record<string, ManifestEntry>): void {
    ensurePrivateDir(this.dir);
    writeFileAtomic(this.#manifestPath, `${JSON.stringify({ format: 'hearth-backups', version: 1, backups }, null, 2)}\n`);
  }

  ensure(): void {
    ensurePrivateDir(this.dir);
  }

  /** Every backup in the folder, newest first. Leftover temp files of an interrupted backup are skipped. */
  list(): BackupSummary[] {
    if (!existsSync(this.dir)) return [];
    const manifest = this.#read();
    const out: BackupSummary[] = [];
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith('.hearth-') && name.endsWith('.tmp')) continue;
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      const entry = manifest[name];
      let sizeBytes: number;
      try {
        sizeBytes = statSync(join(this.dir, name)).size;
      } catch {
        continue; // removed while we looked
      }
      out.push({ id: name, kind: entry?.kind ?? parsed.kind, createdAt: entry?.createdAt ?? parsed.createdAt, sizeBytes, verifiedAt: entry?.verifiedAt ?? null });
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  get(id: string): BackupSummary | undefined {
    return this.list().find((b) => b.id === id);
  }

  record(id: string, entry: ManifestEntry): void {
    this.#write({ ...this.#prune(this.#read()), [id]: entry });
  }

  markVerified(id: string, at: string): void {
    const manifest = this.#read();
    const entry = manifest[id] ?? (parseBackupName(id) && { ...parseBackupName(id)!, verifiedAt: null });
    if (entry) this.#write({ ...this.#prune(manifest), [id]: { ...entry, verifiedAt: at } });
  }

  /** Remove copies at once (any thread). */
  remove(ids: readonly string[]): void {
    this.#remove(ids, (path) => rmSync(path, { force: true }));
  }

  #remove(ids: readonly string[], removeFile: (path: string) => void): void {
    if (ids.length === 0) return;
    for (const id of ids) removeFile(join(this.dir, id));
    this.#write(this.#prune(this.#read()));
  }

  /**
   * Keep 7 daily, 4 weekly and 6 monthly copies across all kinds (rotation.ts), plus the newest pre-migration,
   * pre-restore, pre-import and manual copy whatever their age (the way back from the last migration, restore or
   * import is never thinned out). Returns the names removed. On the worker thread (fileBackup): copies go a few
   * megabytes at a time (vault/paced-disk.ts), so the main thread's saves do not wait behind them. Each is first renamed to a temp name,
   * so one cut short (a crash) is never listed as a smaller copy, and the next backup clears it as a leftover.
   */
  thin(now: Date): string[] {
    const all = this.list();
    const dates = all.map((b) => new Date(b.createdAt));
    const kept = new Set(selectBackupsToKeep(dates, now));
    const newestOfKind = new Set((['pre-migration', 'pre-restore', 'pre-import', 'manual'] as const).map((k) => all.find((b) => b.kind === k)?.id));
    const removed = all.filter((b, i) => !kept.has(dates[i]!) && !newestOfKind.has(b.id)).map((b) => b.id);
    this.#remove(removed, removeThinnedCopy);
    return removed;
  }

  /** Remove temp files left by a backup or a removal that was interrupted (a crash, a full disk). On the worker thread (fileBackup). */
  removeLeftovers(): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith('.hearth-') && name.endsWith('.tmp')) removeGradually(join(this.dir, name));
    }
  }

  #prune(manifest: Record<string, ManifestEntry>): Record<string, ManifestEntry> {
    return Object.fromEntries(Object.entries(manifest).filter(([name]) => existsSync(join(this.dir, name))));
  }
}

/** A thinned-out copy, renamed to a leftover's name first (see `thin`), then removed a step at a time. */
function removeThinnedCopy(path: string): void {
  const leftover = join(dirname(path), `.${basename(path)}.removing.tmp`);
  try {
    renameSync(path, leftover);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  removeGradually(leftover);
}

/**
 * How a copy made into a vault's backups folder is filed: an interrupted copy's leftovers cleared, the copy noted in
 * the manifest and, for daily and manual copies, old copies thinned out. It runs on the vault worker in the same job as the copy (worker/jobs.ts), so nothing that
 * waits for the worker to be idle (a quit, a restore, a re-key) finds a copy made but not yet filed. Times are the
 * app's clock when the copy was asked for, plus the time the job has taken.
 */
export interface BackupFiling {
  vaultDir: string;
  id: string;
  kind: BackupKind;
  createdAt: string;
  thin: boolean;
}

export function fileBackup(filing: BackupFiling, elapsedMs: number): ManifestEntry {
  const verifiedAt = new Date(Date.parse(filing.createdAt) + Math.round(elapsedMs)).toISOString();
  const entry = { kind: filing.kind, createdAt: filing.createdAt, verifiedAt };
  const folder = new BackupFolder(filing.vaultDir);
  folder.removeLeftovers();
  folder.record(filing.id, entry);
  if (filing.thin) folder.thin(new Date(verifiedAt));
  return entry;
}
