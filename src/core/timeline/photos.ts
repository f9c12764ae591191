import type Sharp from 'sharp';
import { isMainThread } from 'node:worker_threads';
import { HearthError } from '../../shared/errors';

export interface ProcessedPhoto {
  mime: string;
  width: number;
  height: number;
  bytes: Buffer;
  thumbnail: Buffer;
}

const THUMB_EDGE = 320;
const NOT_AN_IMAGE = 'That file is not a photo Hearth can read. Choose a JPEG, PNG, WebP or HEIC image.';
/** The largest photo Hearth decodes (50 MP phone photos fit, with room). */
const MAX_PIXELS = 120_000_000;
/**
 * libvips decodes an image that cannot be read top to bottom (a WebP, say) above `VIPS_DISC_THRESHOLD` (100 MB by
 * default: a 50 MP photo is 150 MB of pixels) into a file in the temp folder, outside the vault. Set above anything
 * it can decode here (MAX_PIXELS of four 64-bit bands is under 4 GB), it keeps every decoded pixel in memory.
 */
const NO_DISC_SPILL = '4g';

/**
 * sharp, set up to leave no decoded pixels behind: none spilled to the temp folder, none kept in libvips' cache of
 * recent operations. libvips reads the threshold from the process's environment once, the first time it needs it,
 * and a worker thread cannot set the process's environment: the main thread loads sharp first (transfer-service.ts
 * does so before an import's worker job), and the worker's photos are decoded with the same setting.
 */
export async function loadSharp(): Promise<typeof Sharp> {
  if (isMainThread) process.env.VIPS_DISC_THRESHOLD = NO_DISC_SPILL;
  const { default: sharp } = await import('sharp');
  sharp.cache(false);
  return sharp;
}

/** What the first bytes say the file is; the name a file was given is never trusted. */
export function sniffImageType(bytes: Uint8Array): 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 32));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (b.subarray(4, 8).toString('latin1') === 'ftyp' && /^(heic|heix|hevc|hevx|mif1|msf1)$/.test(b.subarray(8, 12).toString('latin1'))) return 'image/heic';
  return null;
}

/**
 * Re-encode a photo so it carries no metadata (EXIF location included), upright, and make its
 * thumbnail. Runs on libvips' own threads, off the event loop.
 */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  const type = sniffImageType(bytes);
  if (!type) throw new HearthError('VALIDATION', NOT_AN_IMAGE, { field: 'bytes' });
  // Loaded on first use: most sessions never touch a photo, and start-up stays quick.
  const sharp = await loadSharp();
  try {
    // sharp drops all metadata unless asked to keep it; rotate() applies the EXIF orientation first.
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
    const output = type === 'image/png' ? image.png() : type === 'image/webp' ? image.webp({ quality: 92 }) : image.jpeg({ quality: 92, mozjpeg: true });
    const { data, info } = await output.toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(data).resize(THUMB_EDGE, THUMB_EDGE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();
    const mime = type === 'image/heic' ? 'image/jpeg' : type;
    return { mime, width: info.width, height: info.height, bytes: data, thumbnail };
  } catch (error) {
    if (error instanceof HearthError) throw error;
    const message = type === 'image/heic' ? 'This computer cannot read HEIC photos. Save it as JPEG first, then add it again.' : NOT_AN_IMAGE;
    throw new HearthError('VALIDATION', message, { field: 'bytes' });
  }
}

export function toDataUrl(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}
