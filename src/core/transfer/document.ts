import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { ImportCounts } from '../../shared/transfer';
import type { Db } from '../db/database';
import { deriveKey, kdfParamsAreSane, type KdfParams } from '../keys/kdf';
import { decrypt, encrypt } from '../keys/sealing';
import { randomBytes } from 'node:crypto';
import { SECTIONS } from './sections';

export const EXPORT_FORMAT = 'hearth-export';
export const EXPORT_VERSION = 1;
const ENVELOPE_AAD = 'hearth-export-encrypted-v1';

/**
 * After each section of an export or import (and once before the first): how many of how many are done. It may
 * throw to stop part way (a cancel): an import's transaction then rolls back, an export writes nothing.
 */
export type SectionProgress = (done: number, total: number) => void;

/** The whole vault as one JSON document (docs/export-format.md). Deterministic apart from `exportedAt`. */
export function exportDocument(db: Db, exportedAt: Date, onSection: SectionProgress = () => {}): string {
  const sections: Record<string, unknown[]> = {};
  db.transaction(() => {
    onSection(0, SECTIONS.length);
    for (const [i, section] of SECTIONS.entries()) {
      sections[section.name] = section.export(db);
      onSection(i + 1, SECTIONS.length);
    }
  })();
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), sections }, null, 2)}\n`;
}

const Header = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number().int().min(1), exportedAt: z.string(), sections: z.record(z.string(), z.array(z.unknown())) });

export interface ParsedDocument {
  sections: Map<string, unknown[]>;
  unknownSections: string[];
}

const FOREIGN = 'This file is not a Hearth export, or it was changed since it was made. Nothing was imported.';

/** Check a whole document before anything is written: every item of every known section must parse. */
export function parseDocument(raw: unknown): ParsedDocument {
  const version = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number() }).safeParse(raw);
  if (version.success && version.data.version > EXPORT_VERSION) {
    throw new HearthError('TOO_NEW', 'This export was made by a newer version of Hearth. Update Hearth to import it; nothing was imported.');
  }
  const header = Header.safeParse(raw);
  if (!header.success) throw new HearthError('VALIDATION', FOREIGN);
  return checkSections(header.data.sections);
}

/** Parse each known section's items with its schema; a single bad item refuses the whole file. */
export function checkSections(given: Record<string, unknown[]>): ParsedDocument {
  const sections = new Map<string, unknown[]>();
  for (const section of SECTIONS) {
    const items = given[section.name];
    if (!items) continue;
    const parsed = z.array(section.item).safeParse(items);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (item ${issue.path.map(String).join('.')})` : '';
      throw new HearthError('VALIDATION', `Part of this file (${section.name}${where}) is not in the form Hearth expects. Nothing was imported.`);
    }
    sections.set(section.name, parsed.data);
  }
  const known = new Set(SECTIONS.map((s) => s.name));
  return { sections, unknownSections: Object.keys(given).filter((name) => !known.has(name)).sort() };
}

/** Merge every section in one transaction: all of it lands, or none of it (also when `onSection` throws). */
export function applyDocument(db: Db, doc: ParsedDocument, onSection: SectionProgress = () => {}): Record<string, ImportCounts> {
  const counts: Record<string, ImportCounts> = {};
  const present = SECTIONS.filter((section) => doc.sections.has(section.name));
  db.transaction(() => {
    onSection(0, present.length);
    for (const [i, section] of present.entries()) {
      counts[section.name] = section.import(db, doc.sections.get(section.name)!);
      onSection(i + 1, present.length);
    }
  })();
  return counts;
}

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Envelope = z.object({
  format: z.literal('hearth-export-encrypted'),
  version: z.literal(1),
  kdf: z.object({ alg: z.literal('argon2id'), m: z.number(), t: z.number(), p: z.number(), salt: b64.max(100) }),
  cipher: z.literal('aes-256-gcm'),
  iv: b64.max(100),
  tag: b64.max(100),
  ciphertext: b64,
});

export function isEnvelope(raw: unknown): boolean {
  return z.object({ format: z.literal('hearth-export-encrypted') }).safeParse(raw).success;
}

/** A passphrase-protected export: Argon2id (the vault's calibrated parameters) and AES-256-GCM around the JSON. */
export async function sealDocument(text: string, passphrase: string, kdf: KdfParams): Promise<string> {
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, kdf);
  try {
    const box = encrypt(key, Buffer.from(text, 'utf8'), ENVELOPE_AAD);
    const envelope: z.infer<typeof Envelope> = {
      format: 'hearth-export-encrypted',
      version: 1,
      kdf: { alg: 'argon2id', ...kdf, salt: salt.toString('base64') },
      cipher: 'aes-256-gcm',
      iv: box.iv,
      tag: box.tag,
      ciphertext: box.ct,
    };
    return `${JSON.stringify(envelope)}\n`;
  } finally {
    key.fill(0);
  }
}

export async function openDocument(raw: unknown, passphrase: string | undefined): Promise<string> {
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success) throw new HearthError('VALIDATION', FOREIGN);
  if (!passphrase) throw new HearthError('VALIDATION', 'This export is protected. Enter the passphrase it was saved with.', { field: 'passphrase' });
  const { kdf } = parsed.data;
  const params = { m: kdf.m, t: kdf.t, p: kdf.p };
  if (!kdfParamsAreSane(params)) throw new HearthError('VALIDATION', FOREIGN);
  const key = await deriveKey(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), params);
  try {
    const plain = decrypt(key, { iv: parsed.data.iv, ct: parsed.data.ciphertext, tag: parsed.data.tag }, ENVELOPE_AAD);
    if (!plain) throw new HearthError('WRONG_PASSPHRASE', 'That passphrase does not open this export.');
    return plain.toString('utf8');
  } finally {
    key.fill(0);
  }
}
