import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

/** AES-256-GCM output, every part base64. */
export interface Box {
  iv: string;
  ct: string;
  tag: string;
}

export interface SealedBox extends Box {
  /** The sender's one-time X25519 public key (raw, base64). */
  epk: string;
}

export function encrypt(key: Uint8Array, plain: Uint8Array, aad: string): Box {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns null when the key is wrong or the box was altered: GCM cannot tell the two apart. */
export function decrypt(key: Uint8Array, box: Box, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(box.ct, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

const X25519_SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex');

function rawPublic(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(X25519_SPKI_PREFIX.length);
}

function publicFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([X25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export interface SlotKeyPair {
  publicKey: string;
  privateKeyDer: Buffer;
}

/** Each key slot holds an X25519 pair, so a new data key can be sealed to every slot without its passphrase. */
export function generateSlotKeyPair(): SlotKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKey: rawPublic(publicKey).toString('base64'),
    privateKeyDer: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}

function sealKey(shared: Buffer, epk: Buffer, recipient: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([epk, recipient]), 'hearth-seal-v1', 32));
}

/** Encrypt to a slot's public key (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM). */
export function seal(recipientPublic: string, plain: Uint8Array, aad: string): SealedBox {
  const recipient = Buffer.from(recipientPublic, 'base64');
  const eph = generateKeyPairSync('x25519');
  const epk = rawPublic(eph.publicKey);
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: publicFromRaw(recipient) });
  const key = sealKey(shared, epk, recipient);
  const box = encrypt(key, plain, aad);
  shared.fill(0);
  key.fill(0);
  return { ...box, epk: epk.toString('base64') };
}

export function unseal(privateKeyDer: Buffer, recipientPublic: string, box: SealedBox, aad: string): Buffer | null {
  const privateKey = createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' });
  const epk = Buffer.from(box.epk, 'base64');
  const shared = diffieHellman({ privateKey, publicKey: publicFromRaw(epk) });
  const key = sealKey(shared, epk, Buffer.from(recipientPublic, 'base64'));
  const plain = decrypt(key, box, aad);
  shared.fill(0);
  key.fill(0);
  return plain;
}
