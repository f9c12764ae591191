/**
 * Deterministic vaults for the benchmark and for large-vault tests: the same seed always gives the
 * same events, words, dates, tags and photos. Rows are written with the timeline layer's own bulk
 * helper (the rows `create` and `addPhoto` write), either into a real vault made through the core or
 * into a plain SQLite file with the same schema.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import sharp from 'sharp';
import { createCore, type Core, type KdfParams } from '../src/main/core';
import { configureDatabase, openDatabase, type Db } from '../src/main/core/db/database';
import { migrate } from '../src/main/core/db/migrations';
import { processPhoto } from '../src/main/core/timeline/photos';
import { insertEventsBulk, type BulkEvent, type BulkPhoto } from '../src/main/core/timeline/timeline-bulk';
import { vaultPaths } from '../src/main/core/vault/folder';
import { decodeRecoveryCode } from '../src/main/core/vault/recovery-code';
import { contract } from '../src/shared/contract';
import { EVENT_KINDS, NewEventInput, type EventKind } from '../src/shared/timeline';
import { BENCH_PASSPHRASE, benchPlatform, clientFor, type Client } from './client';

export { BENCH_PASSPHRASE };
import { Rng, Zipf } from './prng';
import { PLACES, TAGS, WORDS } from './words';

export const FULL_SIZE = { entries: 50_000, checkins: 2_000, journal: 5_000, reflections: 1_000, photos: 500 } as const;
/** The last day any generated entry can fall on; thirty years back from it is the first. */
export const LAST_DAY = '2026-11-26';
const YEARS = 30;
const DAY_MS = 86_400_000;

export interface GenerateOptions {
  entries: number;
  seed: number;
  /** Counts for the other kinds; by default the full-size counts scaled by entries / 50,000. */
  photos?: number;
  checkins?: number;
  journal?: number;
  reflections?: number;
  /** Called with progress lines (what is being generated, what is skipped and why). */
  log?: (line: string) => void;
}

/** One kind of content the generator can add beyond the timeline. */
interface Section {
  name: 'checkins' | 'journal' | 'reflections';
  /** The contract area that must exist before there is anything to write. */
  area: string;
  /** Writes `count` rows (through the feature's own bulk helper), or absent while nobody has written one. */
  write?: (db: Db, rng: Rng, count: number) => void;
}

/**
 * Kinds beyond the timeline. When a feature lands, give its section a `write` that calls the
 * feature's repository (as the timeline does with insertEventsBulk); nothing else changes.
 */
export const SECTIONS: readonly Section[] = [
  { name: 'checkins', area: 'checkins' },
  { name: 'journal', area: 'journal' },
  { name: 'reflections', area: 'reflections' },
];

export interface PlannedSection {
  name: Section['name'];
  count: number;
  write: NonNullable<Section['write']> | null;
  /** Why nothing is written for it, when nothing is. */
  skipped: string | null;
}

export interface GeneratedData {
  seed: number;
  events: BulkEvent[];
  sections: PlannedSection[];
  /** The rare words (places) and how many events mention each: handy for exact search checks. */
  places: readonly string[];
}

const CONTENT_WORDS = WORDS.slice(60);
const bodyWords = new Zipf(WORDS, 1.05);
const titleWords = new Zipf(CONTENT_WORDS, 0.9);
const tagDraw = new Zipf(TAGS, 0.8);

const KIND_WEIGHTS: readonly (readonly [EventKind, number])[] = [
  ['memory', 35],
  ['quality_time', 20],
  ['appreciation', 15],
  ['milestone', 8],
  ['hard_moment', 10],
  ['repair', 7],
  ['other', 5],
];
const VALENCE_BY_KIND: Record<EventKind, readonly (readonly [number, number])[]> = {
  memory: [[2, 3], [1, 4], [0, 2], [-1, 1]],
  quality_time: [[2, 4], [1, 4], [0, 1]],
  appreciation: [[2, 6], [1, 3]],
  milestone: [[2, 5], [1, 3], [0, 1], [-1, 1]],
  hard_moment: [[-2, 4], [-1, 5], [0, 1]],
  repair: [[1, 4], [0, 4], [-1, 2]],
  other: [[0, 4], [1, 2], [-1, 2]],
};

function capitalise(s: string): string {
  return s === 'i' ? 'I' : s.charAt(0).toUpperCase() + s.slice(1);
}

function sentence(rng: Rng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const w = bodyWords.draw(rng);
    out.push(i === 0 ? capitalise(w) : w === 'i' ? 'I' : w);
    if (i > 2 && i < words - 2 && rng.chance(0.06)) out[out.length - 1] += ',';
  }
  return out.join(' ') + rng.weighted([['.', 90], ['!', 6], ['?', 4]] as const);
}

function body(rng: Rng): string {
  const target = rng.logInt(20, 400);
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let count = 0;
  while (count < target) {
    const n = Math.min(rng.int(5, 18), Math.max(3, target - count));
    sentences.push(sentence(rng, n));
    count += n;
    if (sentences.length >= rng.int(3, 6)) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(' '));
  // One entry in five mentions a place: rare words that a search narrows to a few entries.
  if (rng.chance(0.2)) paragraphs.push(`We were in ${capitalise(rng.pick(PLACES))} that week.`);
  return paragraphs.join('\n\n');
}

function title(rng: Rng): string {
  const n = rng.int(2, 8);
  return capitalise(Array.from({ length: n }, () => titleWords.draw(rng)).join(' '));
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function scaled(full: number, entries: number): number {
  return Math.max(1, Math.round((full * entries) / FULL_SIZE.entries));
}

/** A small JPEG: a seeded two-colour gradient with a few soft discs, so no two photos are alike. */
async function makeJpeg(rng: Rng): Promise<Buffer> {
  const width = rng.pick([640, 480, 800]);
  const height = rng.pick([480, 640, 600]);
  const raw = Buffer.alloc(width * height * 3);
  const a = [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)];
  const b = [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)];
  const discs = Array.from({ length: rng.int(2, 6) }, () => ({ x: rng.int(0, width), y: rng.int(0, height), r: rng.int(20, 160), c: rng.int(0, 255) }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x + y) / (width + height);
      const i = (y * width + x) * 3;
      let lift = 0;
      for (const d of discs) if ((x - d.x) ** 2 + (y - d.y) ** 2 < d.r * d.r) lift += d.c / 4;
      raw[i] = Math.min(255, a[0]! * (1 - t) + b[0]! * t + lift);
      raw[i + 1] = Math.min(255, a[1]! * (1 - t) + b[1]! * t + lift / 2);
      raw[i + 2] = Math.min(255, a[2]! * (1 - t) + b[2]! * t);
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

/** Which areas the contract has right now (other features land while this code stays the same). */
export function contractHas(area: string): boolean {
  return Object.hasOwn(contract, area);
}

/** Generate everything in memory. Deterministic: same options, same data, byte for byte. */
export async function generateData(options: GenerateOptions): Promise<GeneratedData> {
  const { entries, seed } = options;
  const log = options.log ?? (() => {});
  const rng = new Rng(seed, 'timeline');
  const last = Date.parse(`${LAST_DAY}T00:00:00Z`);
  const span = Math.floor(YEARS * 365.25);
  const events: BulkEvent[] = [];
  for (let i = 0; i < entries; i++) {
    // More entries in recent years than early ones, as a couple writes more once the habit sets in.
    const start = last - Math.floor(Math.pow(rng.next(), 0.75) * span) * DAY_MS;
    const endDate = rng.chance(0.1) ? day(start + rng.int(1, 21) * DAY_MS) : null;
    const kind = rng.weighted(KIND_WEIGHTS);
    const tags = Array.from({ length: rng.weighted([[0, 15], [1, 35], [2, 30], [3, 15], [4, 5]] as const) }, () => tagDraw.draw(rng));
    const fields = NewEventInput.parse({
      kind,
      title: title(rng),
      body: body(rng),
      startDate: day(start),
      endDate,
      author: rng.weighted([['a', 40], ['b', 40], ['both', 20]] as const),
      valence: rng.weighted(VALENCE_BY_KIND[kind]),
      tags,
    });
    events.push({ id: rng.uuid(), fields, createdAt: `${fields.startDate}T20:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z` });
  }
  log(`timeline: ${entries} events (${EVENT_KINDS.length} kinds, ${TAGS.length} tags, ${WORDS.length + PLACES.length} words)`);

  const photoCount = options.photos ?? scaled(FULL_SIZE.photos, entries);
  const photoRng = new Rng(seed, 'photos');
  for (let p = 0; p < photoCount && entries > 0; p++) {
    const event = events[photoRng.int(0, entries - 1)]!;
    const photo: BulkPhoto = {
      id: photoRng.uuid(),
      photo: await processPhoto(await makeJpeg(photoRng)),
      caption: photoRng.chance(0.5) ? sentence(photoRng, photoRng.int(3, 9)) : '',
      createdAt: event.createdAt,
    };
    (event.photos ??= []).push(photo);
  }
  log(`photos: ${photoCount} (generated JPEGs, processed as addPhoto does)`);

  const wanted: Record<Section['name'], number> = {
    checkins: options.checkins ?? scaled(FULL_SIZE.checkins, entries),
    journal: options.journal ?? scaled(FULL_SIZE.journal, entries),
    reflections: options.reflections ?? scaled(FULL_SIZE.reflections, entries),
  };
  const sections = SECTIONS.map((s): PlannedSection => {
    const skipped = !contractHas(s.area)
      ? `the '${s.area}' area is not in the contract yet`
      : !s.write
        ? `the '${s.area}' area exists but bench/generate.ts has no writer for it yet (add one to SECTIONS)`
        : null;
    log(skipped ? `${s.name}: skipped: ${skipped}` : `${s.name}: ${wanted[s.name]}`);
    return { name: s.name, count: wanted[s.name], write: skipped ? null : s.write!, skipped };
  });
  return { seed, events, sections, places: PLACES };
}

/** Write generated data into an open, migrated database (encrypted or plain). */
export function writeData(db: Db, data: GeneratedData, chunk = 5_000): void {
  for (let i = 0; i < data.events.length; i += chunk) insertEventsBulk(db, data.events.slice(i, i + chunk));
  for (const s of data.sections) if (s.write) s.write(db, new Rng(data.seed, s.name), s.count);
  db.pragma('optimize');
}

export interface GeneratedVault {
  core: Core;
  client: Client;
  vaultId: string;
  dir: string;
  databasePath: string;
  passphrase: string;
  recoveryCode: string;
}

/**
 * Make a real vault through the core (create, key slot, migrations), then fill it: lock, reopen the
 * database file with the data key (from the recovery code), bulk-insert, close. The vault is left
 * locked; unlock it through `client` as the app would.
 */
export async function createGeneratedVault(options: { dataDir: string; data: GeneratedData; kdf: KdfParams; clock?: { now(): Date } }): Promise<GeneratedVault> {
  const core = createCore({ dataDir: options.dataDir, platform: benchPlatform, kdf: options.kdf, clock: options.clock });
  const client = clientFor(core);
  const created = await client.vaults.create({ name: 'Benchmark', partnerA: 'Sam', partnerB: 'Alex', passphrase: BENCH_PASSPHRASE });
  await client.vaults.lock();
  const dir = created.session.vault.path;
  const databasePath = vaultPaths(dir).database;
  const key = decodeRecoveryCode(created.recoveryCode);
  const { db } = openDatabase(databasePath, key);
  try {
    configureDatabase(db, databasePath);
    writeData(db, options.data);
  } finally {
    db.close();
    key.fill(0);
  }
  return { core, client, vaultId: created.session.vault.id, dir, databasePath, passphrase: BENCH_PASSPHRASE, recoveryCode: created.recoveryCode };
}

/** A plain (unencrypted) SQLite file with the same pragmas, schema and rows: the comparison for the encryption cost. */
export function createPlainDatabase(path: string, data: GeneratedData): Db {
  const db = new Database(path);
  configureDatabase(db, path);
  migrate(db);
  const now = new Date().toISOString();
  const insert = db.prepare('INSERT INTO partners (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
  insert.run('a', 'Sam', now, now);
  insert.run('b', 'Alex', now, now);
  writeData(db, data);
  return db;
}
