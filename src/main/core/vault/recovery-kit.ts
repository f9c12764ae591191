
export interface RecoveryKit {
  vaultName: string;
  createdAt: Date;
  code: string;
}

// The built-in PDF fonts cover Western European text only; anything else is left out, not garbled.
const WIN_ANSI = /^[\u0020-\u007E\u00A0-\u00FF]*$/;

/** A one-page printable recovery kit, made in Node so the PDF is tested as shipped. */
export async function renderRecoveryKit(kit: RecoveryKit): Promise<Buffer> {
  // Loaded on first use, so start-up and unlock never pay for the PDF library.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: 'Hearth recovery kit', Producer: 'Hearth', Creator: 'Hearth' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(22).text('Hearth recovery kit');
  doc.moveDown(0.5);
  doc.font('Helvetica').fontSize(11).fillColor('#444444');
  if (WIN_ANSI.test(kit.vaultName)) doc.text(`Vault: ${kit.vaultName}`);
  doc.text(`Made on ${kit.createdAt.toISOString().slice(0, 10)}`);
  doc.moveDown(1.5);
  doc.fillColor('#000000').font('Helvetica-Bold').fontSize(12).text('Your recovery code');
  doc.moveDown(0.5);
  const groups = kit.code.split('-');
  for (let row = 0; row < groups.length; row += 5) {
    doc.font('Courier-Bold').fontSize(18).text(groups.slice(row, row + 5).join('  '), { characterSpacing: 1 });
  }
  doc.moveDown(1.5);
  doc.font('Helvetica').fontSize(11).fillColor('#222222');
  for (const line of [
    'This code opens your vault if both passphrases are forgotten, or if the passphrase files are lost.',
    'Anyone who holds it can read everything in the vault. Keep this page somewhere safe, away from the computer, and do not keep a copy on the computer itself.',
    'To use it: on the unlock screen, choose "Use the recovery code" and type the groups. Letters and digits that look alike (O and 0, I and 1) are read the same.',
    'If you make a new recovery code in Settings, this one stops working.',
  ]) {
    doc.text(line, { paragraphGap: 8 });
  }
  doc.end();
  return done;
}
