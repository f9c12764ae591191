/** A small seeded PRNG (sfc32) and the few draws the generator needs; the same seed always gives the same vault. */
export class Rng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number, stream = '') {
    // Mix the seed and a stream name into four words, so each section draws from its own stream
    // and adding a section never changes the data of another.
    let h = 0x9e3779b9 ^ (seed >>> 0);
    const mix = (s: string): number => {
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x85ebca6b) >>> 0;
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
      return (h ^= h >>> 16) >>> 0;
    };
    this.#a = mix(`a${stream}`);
    this.#b = mix(`b${stream}`);
    this.#c = mix(`c${stream}`);
    this.#d = mix(`d${stream}`) | 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of `items` with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items.at(-1)![0];
  }

  /** A length skewed toward short values: log-uniform between min and max. */
  logInt(min: number, max: number): number {
    return Math.min(max, Math.floor(Math.exp(Math.log(min) + this.next() * (Math.log(max + 1) - Math.log(min)))));
  }

  /** A version-4 UUID made of seeded bytes (valid for the contract's z.uuid()). */
  uuid(): string {
    const hex = Array.from({ length: 16 }, () => this.int(0, 255));
    hex[6] = (hex[6]! & 0x0f) | 0x40;
    hex[8] = (hex[8]! & 0x3f) | 0x80;
    const s = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

/** Draws from a list ranked by frequency with Zipf weights 1/rank^s (binary search over the CDF). */
export class Zipf<T> {
  readonly #items: readonly T[];
  readonly #cdf: Float64Array;

  constructor(items: readonly T[], s = 1) {
    this.#items = items;
    this.#cdf = new Float64Array(items.length);
    let sum = 0;
    items.forEach((_, i) => (this.#cdf[i] = sum += 1 / Math.pow(i + 1, s)));
    this.#cdf.forEach((v, i) => (this.#cdf[i] = v / sum));
  }

  draw(rng: Rng): T {
    const r = rng.next();
    let lo = 0;
    let hi = this.#cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#cdf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return this.#items[lo]!;
  }
}
