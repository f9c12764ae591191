import { spawnSync } from 'node:child_process';
import type * as NodeFs from 'node:fs';
import { readdirSync, readFileSync, type PathLike, type PathOrFileDescriptor } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { defaultResourcesDir } from '../../src/core/therapyExport/export-service';
import type { ExportDocument } from '../../src/core/therapyExport/model';
import { writePdf } from '../../src/core/therapyExport/pdf-job';
import type { SaveFileOptions } from '../../src/core/platform';
import type { HearthError } from '../../src/shared/errors';
import type { ExportSelection } from '../../src/shared/therapyExport';
import { assess, relatedWords } from '../../src/shared/strength';
import { expectCode, fakePlatform, newCore, newVault, TestClock, tempDir } from './helpers';

/**
 * The therapy PDF's protection, read back by tools that are not Hearth's: qpdf (Debian's `qpdf`) for the
 * encryption dictionary, poppler's pdftotext for the text. Both must be installed: a missing tool fails these tests,
 * it never skips them (.ci/run installs them).
 */

/** Every byte this thread writes through node:fs while `disk.recording` is on, by path (pass-through otherwise). */
const disk = vi.hoisted(() => ({ recording: false, written: new Map<string, Buffer[]>() }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const paths = new Map<number, string>();
  const record = (path: string, bytes: Uint8Array | string) => {
    if (!disk.recording) return;
    disk.written.set(path, [...(disk.written.get(path) ?? []), Buffer.from(bytes)]);
  };
  const openSync = (path: PathLike, ...rest: unknown[]) => {
    const fd = (fs.openSync as (...args: unknown[]) => number)(path, ...rest);
    paths.set(fd, String(path));
    return fd;
  };
  const writeSync = (fd: number, data: Uint8Array | string, ...rest: unknown[]) => {
    const n = (fs.writeSync as (...args: unknown[]) => number)(fd, data, ...rest);
    const offset = typeof data === 'string' ? 0 : ((rest[0] as number | undefined) ?? 0);
    record(paths.get(fd) ?? `fd ${fd}`, typeof data === 'string' ? data : data.subarray(offset, offset + n));
    return n;
  };
  const writeFileSync = (path: PathOrFileDescriptor, data: Uint8Array | string, ...rest: unknown[]) => {
    record(typeof path === 'number' ? (paths.get(path) ?? `fd ${path}`) : String(path), data);
    return (fs.writeFileSync as (...args: unknown[]) => void)(path, data, ...rest);
  };
  const appendFileSync = (path: PathOrFileDescriptor, data: Uint8Array | string, ...rest: unknown[]) => {
    record(String(path), data);
    return (fs.appendFileSync as (...args: unknown[]) => void)(path, data, ...rest);
  };
  const overrides = { openSync, writeSync, writeFileSync, appendFileSync };
  return { ...fs, ...overrides, default: { ...fs, ...overrides } };
});

type Vault = Awaited<ReturnType<typeof newVault>> & { asked: SaveFileOptions[] };

/** Strong by the passphrase rule; the comma and the equals sign would end a value in MuPDF's option strings. */
const PASSWORD = 'meadow, lantern = quietly';
const SECRET_TITLE = 'Phones at dinner';
const SECRET_TEXT = 'You looked at your phone while I talked.';
const SELECTION: ExportSelection = { kinds: ['timeline', 'conflict'] };

function tool(command: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(missing ? `${command} is not installed; these tests need it (Debian: apt-get install qpdf poppler-utils).` : result.error.message);
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A vault with a conflict reflection and a hard moment; every save dialog the core asks for is recorded in `asked`. */
async function seeded(): Promise<Vault> {
  const asked: SaveFileOptions[] = [];
  const platform = fakePlatform();
  const answer = platform.chooseSavePath;
  platform.chooseSavePath = function (options) {
    asked.push(options);
    return answer.call(this, options);
  };
  const v = await newVault(newCore({ platform, clock: new TestClock(Date.parse('2026-12-06T10:00:00Z')) }));
  await v.core.timeline.create({ kind: 'hard_moment', title: 'Dinner went quiet', body: 'Phones out at the table.', startDate: '2026-12-01', author: 'a' });
  await v.core.reflections.create({
    type: 'conflict',
    title: SECRET_TITLE,
    author: 'a',
    forTherapy: true,
    answers: { observation: SECRET_TEXT, needs: ['closeness'], request: 'Could we keep phones in the hall during dinner?' },
  });
  return { ...v, asked };
}

async function save(v: Vault, options: { password?: string; format?: 'pdf' | 'markdown' } = {}) {
  const path = join(tempDir('hearth-protect-'), 'export.pdf');
  v.platform.nextSavePath = path;
  v.asked.length = 0;
  const result = await v.core.therapyExport.save({ selection: SELECTION, format: options.format ?? 'pdf', includeNames: true, password: options.password });
  expect(result).toMatchObject({ saved: true, path });
  return { path, bytes: readFileSync(path), asked: [...v.asked] };
}

describe('a protected therapy PDF', () => {
  it('is encrypted with AES-256, revision 6 (ISO 32000-2), streams and strings; the password opens it, a wrong one does not', async () => {
    const v = await seeded();
    const { path, bytes } = await save(v, { password: PASSWORD });

    const shown = tool('qpdf', ['--show-encryption', `--password=${PASSWORD}`, path]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^R = 6$/m);
    expect(shown.stdout).toContain('Supplied password is user password');
    expect(shown.stdout).toMatch(/^stream encryption method: AESv3$/m);
    expect(shown.stdout).toMatch(/^string encryption method: AESv3$/m);
    expect(shown.stdout).toMatch(/^file encryption method: AESv3$/m);
    expect(shown.stdout).toMatch(/^print high resolution: allowed$/m);
    expect(shown.stdout).toMatch(/^modify other: not allowed$/m);
    const checked = tool('qpdf', ['--check', `--password=${PASSWORD}`, path]);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    expect(checked.stdout).toContain('No syntax or stream encoding errors found');

    // It cannot be opened without its password, nor with a wrong one.
    expect(tool('qpdf', ['--requires-password', path]).status).toBe(0);
    for (const wrong of ['', 'meadow lantern quietly', `${PASSWORD} `]) {
      const refused = tool('qpdf', ['--decrypt', `--password=${wrong}`, path, join(tempDir('hearth-protect-'), 'out.pdf')]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/invalid password/i);
    }
    expect(tool('pdftotext', [path, '-']).status).not.toBe(0);
    expect(tool('pdftotext', ['-upw', 'meadow lantern quietly', path, '-']).status).not.toBe(0);

    // With it, both readers see everything.
    const decrypted = join(tempDir('hearth-protect-'), 'decrypted.pdf');
    expect(tool('qpdf', ['--decrypt', `--password=${PASSWORD}`, path, decrypted]).status).toBe(0);
    const text = tool('pdftotext', ['-upw', PASSWORD, path, '-']);
    expect(text.status, text.stderr).toBe(0);
    for (const words of [SECRET_TITLE, SECRET_TEXT, 'Dinner went quiet', 'Sam and Alex']) expect(text.stdout).toContain(words);
    expect(tool('pdftotext', [decrypted, '-']).stdout).toContain(SECRET_TEXT);

    // Nothing readable is left in the file itself: not the text, not the bookmarks' titles (strings), not the names.
    const raw = bytes.toString('latin1');
    for (const words of [SECRET_TITLE, 'Conflict reflections', 'Timeline moments', 'Sam and Alex', 'therapy']) expect(raw).not.toContain(words);
    expect(raw).toMatch(/\/R 6\b/);
    const decryptedPdf = await PDFDocument.load(readFileSync(decrypted), { updateMetadata: false });
    expect(decryptedPdf.getTitle()).toBe('Hearth');
  });

  it('opens with a password written in any script (UTF-8, as revision 6 asks)', async () => {
    const v = await seeded();
    const password = 'Kaffee über dem Fluss, 晴れ';
    const { path } = await save(v, { password });
    const shown = tool('qpdf', ['--show-encryption', `--password=${password}`, path]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^R = 6$/m);
    expect(shown.stdout).toContain('Supplied password is user password');
    expect(tool('pdftotext', ['-upw', password, path, '-']).stdout).toContain(SECRET_TEXT);
    expect(tool('qpdf', ['--decrypt', '--password=Kaffee uber dem Fluss, 晴れ', path, join(tempDir('hearth-protect-'), 'x.pdf')]).status).toBe(2);
  });

  it('refuses a weak password in the core with the passphrase rule, before the dialog opens and before anything is written', async () => {
    const v = await seeded();
    const related = relatedWords(['Sam', 'Alex'], 'Our place');
    const weak = ['x', 'short1!', 'password1', 'qwertyuiop', 'samalex1', 'Our place 1', 'hearth2026', 'iloveyou'];
    const strong = [PASSWORD, 'tangerine bicycle whispers', 'Kaffee über dem Fluss, 晴れ'];
    // The core refuses exactly what the screen's rule refuses: one implementation, src/shared/strength.ts.
    for (const password of weak) expect(assess(password, related).weakness, password).not.toBeNull();
    for (const password of strong) expect(assess(password, related).weakness, password).toBeNull();

    const dir = tempDir('hearth-protect-');
    v.platform.nextSavePath = join(dir, 'export.pdf');
    for (const password of weak) {
      const error = (await expectCode(v.core.therapyExport.save({ selection: SELECTION, format: 'pdf', includeNames: false, password }), 'VALIDATION')) as HearthError;
      expect(error.details).toEqual({ field: 'password' });
      expect(error.message).toMatch(password.length < 8 ? /at least 8 characters/ : /easy for someone to guess/);
    }
    expect(v.asked).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);

    // A strong one goes on to the dialog (cancelled here: nothing is written).
    v.platform.nextSavePath = null;
    for (const password of strong) expect(await v.core.therapyExport.save({ selection: SELECTION, format: 'pdf', includeNames: false, password })).toEqual({ saved: false });
    expect(v.asked).toHaveLength(strong.length);
  });
});

describe('what an export says about itself', () => {
  it('suggests a file name that says nothing about what is inside, and no folder', async () => {
    const v = await seeded();
    const names = [
      (await save(v, { password: PASSWORD })).asked,
      (await save(v)).asked,
      (await save(v, { format: 'markdown' })).asked,
    ].map((asked) => {
      expect(asked).toHaveLength(1);
      return asked[0]!.defaultName;
    });
    expect(names).toEqual(['Hearth notes 2026-12-06.pdf', 'Hearth notes 2026-12-06.pdf', 'Hearth notes 2026-12-06.md']);
    for (const name of names) {
      expect(name).not.toMatch(/therap|recover|reflect|couple|relationship|conflict|[/\\]/i);
    }
  });

  it('an unprotected PDF’s title and metadata say nothing about its content', async () => {
    const v = await seeded();
    const { path, bytes } = await save(v);
    expect(tool('qpdf', ['--show-encryption', path]).stdout).toContain('File is not encrypted');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Hearth');
    expect(pdf.getSubject()).toBeUndefined();
    expect(pdf.getKeywords()).toBeUndefined();
    expect(pdf.getAuthor()).toBeUndefined();
    // The XMP packet (pdfkit writes one, uncompressed) repeats the title and nothing more.
    const metadata = pdf.context.lookup(pdf.catalog.get(PDFName.of('Metadata')));
    expect(metadata).toBeInstanceOf(PDFRawStream);
    const xmp = Buffer.from((metadata as PDFRawStream).getContents()).toString('utf8');
    expect(xmp).toMatch(/<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">Hearth<\/rdf:li>/);
    expect(xmp).not.toMatch(/therap|reflect|Sam|Alex|dc:creator|dc:description|pdf:Keywords/i);
    const info = tool('pdfinfo', [path]);
    expect(info.status, info.stderr).toBe(0);
    expect(info.stdout).toMatch(/^Title:\s+Hearth$/m);
    expect(info.stdout).not.toMatch(/therap|reflect|Sam|Alex|Subject|Keywords|Author/i);
    // The pages themselves are unchanged: the title page still says what the document is for.
    expect(tool('pdftotext', [path, '-']).stdout).toContain('Reflections to bring to therapy');
  });
});

describe('the protected PDF on its way to the disk', () => {
  const document: ExportDocument = {
    title: 'Reflections to bring to therapy',
    titleLines: ['Everything in our journal'],
    items: Array.from({ length: 3 }, (_, i) => ({
      id: `item-${i}`,
      kind: 'timeline' as const,
      kindLabel: 'Timeline moment',
      date: '2026-12-01',
      title: `${SECRET_TITLE} ${i}`,
      byline: 'Written by Both of us',
      blocks: [{ type: 'note' as const, text: `${SECRET_TEXT} `.repeat(40) }],
    })),
  };

  async function written(password?: string): Promise<{ target: string; files: Map<string, Buffer> }> {
    const target = join(tempDir('hearth-protect-'), 'export.pdf');
    disk.written.clear();
    disk.recording = true;
    try {
      const job = { kind: 'pdf' as const, document, resourcesDir: defaultResourcesDir(), target, includeNames: false, ...(password ? { password } : {}) };
      await writePdf(job, () => {}, () => false);
    } finally {
      disk.recording = false;
    }
    return { target, files: new Map([...disk.written].map(([path, chunks]) => [path, Buffer.concat(chunks)])) };
  }

  it('is encrypted before any of it is written: the only bytes written are the protected file, beside the target, then renamed', async () => {
    const { target, files } = await written(PASSWORD);
    // One file was written: the temporary one beside the target, renamed into place.
    expect(files.size).toBe(1);
    const [[temp, bytes]] = [...files] as [[string, Buffer]];
    expect(dirname(temp)).toBe(dirname(target));
    expect(basename(temp)).toMatch(/^\.export\.pdf\.[0-9a-f]+\.tmp$/);
    expect(readdirSync(dirname(target))).toEqual(['export.pdf']);
    expect(bytes.equals(readFileSync(target))).toBe(true);
    const shown = tool('qpdf', ['--show-encryption', `--password=${PASSWORD}`, target]);
    expect(shown.stdout).toMatch(/^R = 6$/m);
    expect(shown.stdout).toMatch(/^string encryption method: AESv3$/m);
    const raw = bytes.toString('latin1');
    for (const words of ['Timeline moments', SECRET_TITLE, 'item-1']) expect(raw).not.toContain(words);

    // The same words are there to find in the file written without a password, so the search above can see them.
    const plain = [...(await written()).files.values()][0]!.toString('latin1');
    for (const words of ['Timeline moments', 'item-1']) expect(plain).toContain(words);
  });
});

