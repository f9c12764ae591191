import argon2 from 'argon2';
import { performance } from 'node:perf_hooks';

/** Argon2id parameters, stored in each key slot so a slot always opens with what made it. */
export interface KdfParams {
  /** Memory in KiB. */
  m: number;
  /** Iterations. */
  t: number;
  /** Lanes. */
  p: number;
}

/** The floor the issue sets for real vaults: 64 MiB, three passes. */
export const MIN_KDF: KdfParams = { m: 64 * 1024, t: 3, p: 1 };
/** Bounds for parameters read from a file, so a tampered slot cannot make an unlock take forever. */
const MAX_KDF: KdfParams = { m: 2 * 1024 * 1024, t: 64, p: 16 };
/** Unlock should take about this long on the machine that made the vault. */
const TARGET_MS = { low: 300, high: 1000 };

export function kdfParamsAreSane(params: KdfParams): boolean {
  return (
    Number.isInteger(params.m) && Number.isInteger(params.t) && Number.isInteger(params.p) &&
    params.m >= 8 && params.m <= MAX_KDF.m && params.t >= 1 && params.t <= MAX_KDF.t && params.p >= 1 && params.p <= MAX_KDF.p
  );
}

/** Derive a 256-bit key-encryption key; runs on libuv's thread pool, not on the event loop. */
export async function deriveKey(secret: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  return argon2.hash(secret, {
    type: argon2.argon2id,
    raw: true,
    salt,
    hashLength: 32,
    memoryCost: params.m,
    timeCost: params.t,
    parallelism: params.p,
  });
}

/**
 * Find parameters at or above the floor that take 0.3–1.0 s here: start at the floor and rescale the
 * passes (time grows linearly with them) toward the middle of the window until one derivation lands
 * in it. A busy machine can make one measurement misleading, so it measures again after each change.
 */
export async function calibrateKdf(): Promise<KdfParams> {
  const salt = Buffer.alloc(16, 7);
  const params: KdfParams = { ...MIN_KDF };
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    await deriveKey('calibration', salt, params);
    const elapsed = performance.now() - started;
    if (elapsed >= TARGET_MS.low && (elapsed <= TARGET_MS.high || params.t === MIN_KDF.t)) return params;
    const perPass = elapsed / params.t;
    const wanted = Math.round((TARGET_MS.low + TARGET_MS.high) / 2 / Math.max(perPass, 0.01));
    params.t = Math.min(MAX_KDF.t, Math.max(MIN_KDF.t, wanted));
  }
  return params;
}
