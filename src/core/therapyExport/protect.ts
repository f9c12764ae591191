import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as MuPdfModule from 'mupdf';

/**
 * Password protection for the therapy PDF: AES-256 with the standard security handler of revision 6 (ISO 32000-2),
 * streams and strings alike, written by MuPDF (Artifex's `mupdf` package, WebAssembly: no system binary, no network).
 * pdfkit draws the document; this encrypts the finished bytes in memory on the vault worker (pdf-job.ts), so only
 * the encrypted file ever reaches the disk. pdfkit itself writes only revision 5, Adobe's deprecated extension.
 */

type MuPdf = typeof MuPdfModule;
let loading: Promise<MuPdf> | undefined;

/**
 * Loaded on first use, so nothing pays for the 10 MB of WebAssembly until a protected PDF is saved. The module's
 * own loader reads its .wasm through a file: URL; inside the packed app (app.asar) a plain path is what is sure to
 * be read, so the bytes are handed over instead.
 */
function mupdf(): Promise<MuPdf> {
  loading ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('mupdf');
    const global = globalThis as { $libmupdf_wasm_Module?: { wasmBinary?: Uint8Array } };
    global.$libmupdf_wasm_Module = { wasmBinary: readFileSync(join(dirname(entry), 'mupdf-wasm.wasm')) };
    return import('mupdf');
  })();
  return loading;
}

/**
 * What the person who opens it may do (ISO 32000-2 Table 22, as a signed 32-bit number): print (bit 3) in high
 * quality (bit 12), copy text (5), add notes (6), and read it aloud (10); not change, fill or rearrange pages. Bits 7,
 * 8 and 13–32 are reserved and set. The owner password that could lift these is random and forgotten, as before.
 */
const PERMISSIONS = (0xfffff000 | (1 << 2) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 9) | (1 << 11)) >> 0;

/** The finished PDF, encrypted under `password`; the plain bytes it was given are overwritten once read. */
export async function protectPdf(plain: Uint8Array, password: string): Promise<Uint8Array> {
  const { PDFDocument } = await mupdf();
  const document = new PDFDocument(plain);
  try {
    // Options as JSON, not MuPDF's "key=value,…" string, where a comma in the password would end it.
    const out = document.saveToBuffer({
      encrypt: 'aes-256',
      'user-password': password,
      'owner-password': randomBytes(32).toString('hex'),
      permissions: String(PERMISSIONS),
    });
    try {
      return out.asUint8Array().slice();
    } finally {
      out.destroy();
    }
  } finally {
    document.destroy();
    plain.fill(0);
  }
}
