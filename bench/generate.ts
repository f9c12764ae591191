/**
 * Deterministic vaults for the benchmark and for large-vault tests: the same seed always gives the
 * same events, words, dates, tags and photos. Rows are written with the timeline layer's own bulk
 * helper (the rows `create` and `addPhoto` write) into a real vault made through the core.
 */
import { closeSync, copyFileSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { createCore, type Core, type KdfParams } from '../src/core';
import { copyDatabase } from '../src/core/backups/copy';
import { configureDatabase, hasPlaintextHeader, openDatabase, type Db } from '../src/core/db/database';
import { insertCheckInsBulk, type BulkCheckIn, type BulkCheckInSide } from '../src/core/checkins/checkins-bulk';
import { insertJournalBulk, type BulkJournalEntry, type BulkJournalPrompt } from '../src/core/journal/journal-bulk';
import { insertReflectionsBulk, type BulkCheckBack, type BulkReflection, type BulkSide } from '../src/core/reflections/reflections-bulk';
import { processPhoto } from '../src/core/timeline/photos';
import { insertEventsBulk, type BulkEvent, type BulkPhoto } from '../src/core/timeline/timeline-bulk';
import { vaultPaths } from '../src/core/vaults/folder';
import { decodeRecoveryCode } from '../src/core/keys/recovery-code';
import { contract } from '../src/shared/contract';
import type { PartnerId } from '../src/shared/basics';
import { JOURNAL_PROMPTS } from '../src/shared/journal';
import { BARRIERS, HORSEMEN, type ForgivenessDecision, type ReflectionStatus } from '../src/shared/reflections';
import { FEELINGS, NEED_WORDS } from '../src/shared/feelings';
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
  { name: 'checkins', area: 'checkins', write: (db, rng, count) => writeCheckIns(db, rng, count) },
  { name: 'journal', area: 'journal', write: (db, rng, count) => writeJournal(db, rng, count) },
  { name: 'reflections', area: 'reflections', write: (db, rng, count) => writeReflections(db, rng, count) },
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

/**
 * What the measuring steps keep of the generated data once it is in the vault: each event's id and date, and which
 * sections were written. The benchmark process stands in for the app's main process, which never holds a journal
 * in memory; the full data is about 90 MB of heap at 50,000 entries, and its garbage collections (40–56 ms pauses)
 * were the longest event-loop stalls measured while backing up.
 */
export interface BenchData {
  seed: number;
  events: readonly { id: string; startDate: string }[];
  sections: readonly Pick<PlannedSection, 'name' | 'skipped'>[];
}

export function benchView(data: GeneratedData): BenchData {
  return {
    seed: data.seed,
    events: data.events.map((e) => ({ id: e.id, startDate: e.fields.startDate })),
    sections: data.sections.map(({ name, skipped }) => ({ name, skipped })),
  };
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
  // Bulk inserts never merge the index (migration 007); leave it as a vault whose index worker has caught up.
  db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize')`);
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

/**
 * The vault as it stands, twice, for the encryption cost: an encrypted copy made the way a backup makes it (the
 * backup's own `copyDatabase`: `VACUUM INTO`, same cipher and key, verified), and that copy decrypted in place
 * (SQLite3 Multiple Ciphers' `rekey` to no key). Same rows, same full-text segments, same history and the same
 * compact layout: the only difference between the two files is the encryption. (Built from the generated data
 * instead, the plain file would have a freshly merged index, while the vault's has the segments its saves left.)
 */
export function encryptedAndPlainCopies(databasePath: string, key: Uint8Array, folder: string): { encrypted: string; plain: string } {
  const encrypted = join(folder, 'encrypted.db');
  const plain = join(folder, 'plain.db');
  const { db } = openDatabase(databasePath, key);
  try {
    copyDatabase(db, key, encrypted);
  } finally {
    db.close();
  }
  copyFileSync(encrypted, plain);
  const twin = openDatabase(plain, key).db;
  try {
    twin.pragma(`rekey=''`);
  } finally {
    twin.close();
  }
  const header = Buffer.alloc(16);
  const fd = openSync(plain, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!hasPlaintextHeader(header)) throw new Error('the plain copy is still encrypted after rekey');
  return { encrypted, plain };
}

// ── Check-ins, journal and reflections: each drawn from its own stream (`new Rng(seed, name)`) in writeData ──

const MINUTE_MS = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const lastMs = () => Date.parse(`${LAST_DAY}T00:00:00Z`);
const other = (p: PartnerId): PartnerId => (p === 'a' ? 'b' : 'a');

/** A day within the thirty years, more of them recent (as the timeline's). */
function recentDay(rng: Rng): number {
  return lastMs() - Math.floor(Math.pow(rng.next(), 0.75) * Math.floor(YEARS * 365.25)) * DAY_MS;
}

/** A few sentences, one short paragraph (an answer rather than an entry). */
function answer(rng: Rng, sentences = rng.int(1, 3)): string {
  return Array.from({ length: sentences }, () => sentence(rng, rng.int(5, 16))).join(' ');
}

/** `n` different items of `items`. */
function some<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  return out;
}

/**
 * One check-in a week going back from the last day (Sunday evenings, UTC), both partners answering and
 * submitting; ratings drift slowly over the years, the two partners near each other. One in four opened
 * with appreciations.
 */
function writeCheckIns(db: Db, rng: Rng, count: number): void {
  const last = lastMs();
  const lastSunday = last - new Date(last).getUTCDay() * DAY_MS;
  let mood = 7;
  const rows: BulkCheckIn[] = [];
  for (let i = 0; i < count; i++) {
    const started = lastSunday - i * 7 * DAY_MS + (18 * 60 + rng.int(0, 150)) * MINUTE_MS;
    mood = Math.min(9.5, Math.max(3, mood + (rng.next() - 0.5) * 0.8));
    const first: PartnerId = rng.chance(0.5) ? 'a' : 'b';
    const firstDone = started + rng.int(10, 40) * MINUTE_MS;
    const completed = firstDone + rng.int(1, 30) * MINUTE_MS;
    const side = (submitted: number): BulkCheckInSide => ({
      answers: {
        connection: answer(rng),
        closer: rng.chance(0.9) ? answer(rng, rng.int(1, 2)) : '',
        highlight: rng.chance(0.85) ? answer(rng) : '',
        distance: rng.chance(0.45) ? answer(rng, rng.int(1, 2)) : '',
      },
      rating: Math.min(10, Math.max(1, Math.round(mood + (rng.next() - 0.5) * 3))),
      hidden: rng.chance(0.3),
      updatedAt: iso(submitted - rng.int(0, 5) * MINUTE_MS),
      submittedAt: iso(submitted),
    });
    const sides = { [first]: side(firstDone), [other(first)]: side(completed) } as Record<PartnerId, BulkCheckInSide>;
    let appreciations: BulkCheckIn['appreciations'];
    if (rng.chance(0.25)) {
      const firstTurn: PartnerId = rng.chance(0.5) ? 'a' : 'b';
      const each = rng.int(1, 3);
      const items = Array.from({ length: each * 2 }, (_, k) => ({
        id: rng.uuid(),
        from: k % 2 === 0 ? firstTurn : other(firstTurn),
        text: `I appreciate you because ${sentence(rng, rng.int(6, 18)).replace(/^./, (c) => c.toLowerCase())}`,
        createdAt: iso(started + (k + 1) * MINUTE_MS),
      }));
      appreciations = { sessionId: rng.uuid(), firstTurn, finishedAt: iso(started + (items.length + 1) * MINUTE_MS), items };
    }
    rows.push({ id: rng.uuid(), startedAt: iso(started), completedAt: iso(completed), sides, appreciations });
  }
  for (let i = 0; i < rows.length; i += 1_000) insertCheckInsBulk(db, rows.slice(i, i + 1_000));
}

const OWN_PROMPTS = [
  'What song makes you think of us, and why?',
  'What is a habit of mine you secretly love?',
  'Which trip would you take again tomorrow?',
  'What did your parents teach you about arguing?',
  'What would a perfect slow Sunday look like?',
  'What are you looking forward to this season?',
  'What is something you want to get better at this year?',
  'Where do you feel most at home, apart from home?',
  'What is a meal that tastes like a memory?',
  'What would you tell us on our first date, if you could?',
] as const;

/** Entries over Hearth's prompts (most), the couple's own prompts and free daily reflections, over thirty years. */
function writeJournal(db: Db, rng: Rng, count: number): void {
  const span = Math.floor(YEARS * 365.25);
  const prompts: BulkJournalPrompt[] = OWN_PROMPTS.slice(0, Math.max(1, Math.min(OWN_PROMPTS.length, Math.ceil(count / 100)))).map((text) => ({
    id: rng.uuid(),
    text,
    addedBy: rng.weighted([['a', 40], ['b', 40], ['both', 20]] as const),
    createdAt: `${day(lastMs() - rng.int(0, span) * DAY_MS)}T19:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`,
  }));
  const entries: BulkJournalEntry[] = [];
  for (let i = 0; i < count; i++) {
    const date = day(recentDay(rng));
    const own = prompts.filter((p) => p.createdAt.slice(0, 10) <= date);
    const source = rng.weighted([['hearth', 60], ['own', own.length ? 15 : 0], ['daily', 25]] as const);
    const promptId = source === 'hearth' ? rng.pick(JOURNAL_PROMPTS).id : source === 'own' ? rng.pick(own).id : null;
    const createdAt = `${date}T${String(rng.int(6, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
    const edits = rng.weighted([[0, 80], [1, 15], [2, 5]] as const);
    const updatedAt = edits ? iso(Date.parse(createdAt) + rng.int(1, 60 * 24 * 10) * MINUTE_MS) : createdAt;
    entries.push({
      id: rng.uuid(),
      author: rng.weighted([['a', 40], ['b', 40], ['both', 20]] as const),
      promptId,
      body: body(rng).normalize('NFC'),
      date,
      version: 1 + edits,
      createdAt,
      updatedAt,
    });
  }
  for (let i = 0; i < entries.length; i += 2_000) insertJournalBulk(db, i === 0 ? prompts : [], entries.slice(i, i + 2_000));
}

const DECISION_PATH: readonly ForgivenessDecision[] = ['not_yet', 'working_on_it', 'forgiven', 'released'];

function feelings(rng: Rng, hard: boolean) {
  const words = hard ? [...FEELINGS.unpleasant, ...FEELINGS.unpleasant, ...FEELINGS.pleasant] : [...FEELINGS.pleasant];
  return some(rng, [...new Set(some(rng, words, rng.int(1, 6)))], rng.int(1, 4)).map((feeling) => ({ feeling, intensity: rng.int(1, 5) }));
}

/** Empty now and then in a draft (answers can be skipped), always filled in a finished reflection. */
function maybe(rng: Rng, finished: boolean, text: () => string): string {
  return finished || rng.chance(0.6) ? text() : '';
}

function aftermathSide(rng: Rng, done: boolean, started: boolean): unknown {
  if (!started) return {};
  const f = done;
  return {
    feelings: feelings(rng, true),
    myReality: maybe(rng, f, () => answer(rng, rng.int(2, 5))),
    listenerSummary: maybe(rng, f, () => answer(rng, rng.int(1, 3))),
    validation: maybe(rng, f, () => answer(rng, rng.int(1, 2))),
    triggers: maybe(rng, f, () => answer(rng, rng.int(1, 3))),
    setMeUp: maybe(rng, f, () => answer(rng, rng.int(1, 2))),
    regret: maybe(rng, f, () => answer(rng, rng.int(1, 2))),
    apologise: maybe(rng, f, () => answer(rng, 1)),
    acceptance: f ? rng.weighted([['accept', 80], ['still_need', 20]] as const) : rng.weighted([[null, 60], ['accept', 30], ['still_need', 10]] as const),
    stillNeeded: rng.chance(0.2) ? answer(rng, 1) : '',
    partnerCanDo: maybe(rng, f, () => answer(rng, 1)),
    iCanDo: maybe(rng, f, () => answer(rng, 1)),
    needToMoveOn: maybe(rng, f, () => answer(rng, 1)),
  };
}

/**
 * Conflict, aftermath and forgiveness reflections in a realistic mix of statuses; most are about a hard
 * moment on the timeline (written a few days after it), and most resolved ones point at a later repair.
 */
function writeReflections(db: Db, rng: Rng, count: number): void {
  const linkable = db
    .prepare("SELECT id, kind, start_date AS date FROM timeline_events WHERE kind IN ('hard_moment', 'repair') AND deleted_at IS NULL ORDER BY start_date, id")
    .all() as { id: string; kind: 'hard_moment' | 'repair'; date: string }[];
  const hard = linkable.filter((e) => e.kind === 'hard_moment');
  const repairs = linkable.filter((e) => e.kind === 'repair');
  const end = lastMs() + DAY_MS - MINUTE_MS;
  const rows: BulkReflection[] = [];
  for (let i = 0; i < count; i++) {
    const type = rng.weighted([['conflict', 45], ['aftermath', 30], ['forgiveness', 25]] as const);
    const about = hard.length && rng.chance(0.7) ? rng.pick(hard) : null;
    const created = Math.min(end, (about ? Date.parse(`${about.date}T00:00:00Z`) + rng.int(0, 4) * DAY_MS : recentDay(rng)) + rng.int(7 * 60, 23 * 60) * MINUTE_MS);
    const status: ReflectionStatus = rng.weighted([['draft', 25], ['complete', 40], ['resolved', 35]] as const);
    const finished = status !== 'draft';
    const later = (from: number, maxDays: number) => Math.min(end, from + rng.int(10, maxDays * 24 * 60) * MINUTE_MS);
    let updated = later(created, 3);
    const completedAt = finished ? later(updated, 14) : null;
    const resolvedAt = status === 'resolved' ? later(completedAt!, 60) : null;
    let repairEventId: string | null = null;
    if (status === 'resolved' && repairs.length && rng.chance(0.6)) {
      const after = repairs.filter((r) => r.date >= day(created)).slice(0, 20);
      repairEventId = after.length ? rng.pick(after).id : null;
    }
    const name = about && rng.chance(0.5) ? `After ${title(rng).toLowerCase()}` : title(rng);
    const common = {
      id: rng.uuid(),
      title: name,
      status,
      eventId: about?.id ?? null,
      repairEventId,
      checkinId: null,
      forTherapy: rng.chance(0.15),
      createdAt: iso(created),
      completedAt: completedAt === null ? null : iso(completedAt),
      resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
    };
    const edits = rng.int(0, 3);
    updated = Math.max(updated, completedAt ?? 0, resolvedAt ?? 0);
    if (type === 'conflict') {
      const author: PartnerId = rng.chance(0.5) ? 'a' : 'b';
      const answers = {
        observation: maybe(rng, finished, () => answer(rng, rng.int(2, 5))),
        feelings: feelings(rng, true),
        needs: some(rng, NEED_WORDS, rng.int(1, 3)),
        needsOther: rng.chance(0.1) ? sentence(rng, rng.int(3, 8)) : '',
        story: maybe(rng, finished, () => answer(rng, rng.int(1, 4))),
        myPart: maybe(rng, finished, () => answer(rng, rng.int(1, 3))),
        horsemen: some(rng, HORSEMEN, rng.weighted([[0, 40], [1, 40], [2, 20]] as const)),
        barriers: some(rng, BARRIERS, rng.weighted([[0, 50], [1, 35], [2, 15]] as const)),
        softStartup: maybe(rng, finished, () => `I feel ${rng.pick(FEELINGS.unpleasant)} about ${sentence(rng, rng.int(4, 10)).toLowerCase()}`),
        request: maybe(rng, finished, () => answer(rng, 1)),
        compromise: rng.chance(finished ? 0.7 : 0.3) ? answer(rng, 1) : '',
      };
      rows.push({ ...common, type, author, answers, version: 1 + edits, updatedAt: iso(updated) });
    } else if (type === 'forgiveness') {
      const author: PartnerId = rng.chance(0.5) ? 'a' : 'b';
      const checkBacks: BulkCheckBack[] = [];
      let step = rng.int(0, 1);
      let at = created;
      for (let k = rng.weighted([[0, 30], [1, 30], [2, 20], [3, 12], [4, 8]] as const); k > 0; k--) {
        at += rng.int(5, 40) * DAY_MS;
        if (at > end) break;
        step = Math.min(DECISION_PATH.length - 1, step + rng.weighted([[0, 40], [1, 50], [2, 10]] as const));
        checkBacks.push({ date: day(at), decision: DECISION_PATH[step]!, note: rng.chance(0.8) ? answer(rng, rng.int(1, 2)) : '', savedAt: iso(at + rng.int(18 * 60, 22 * 60) * MINUTE_MS) });
      }
      const answers = {
        hurt: maybe(rng, finished, () => answer(rng, rng.int(2, 5))),
        otherSideImagined: maybe(rng, finished, () => answer(rng, rng.int(1, 3))),
        forgivingMeans: maybe(rng, finished, () => answer(rng, rng.int(1, 2))),
        forgivingDoesNotMean: maybe(rng, finished, () => answer(rng, rng.int(1, 2))),
        decision: checkBacks.at(-1)?.decision ?? (rng.chance(0.7) ? DECISION_PATH[step]! : null),
        holdOn: maybe(rng, finished, () => answer(rng, 1)),
        hardToMovePast: rng.chance(0.1),
      };
      const lastSaved = Math.min(end, Math.max(updated, ...checkBacks.map((c) => Date.parse(c.savedAt))));
      rows.push({ ...common, type, author, answers, checkBacks, version: 1 + edits + checkBacks.length, updatedAt: iso(lastSaved) });
    } else {
      // A finished aftermath has both sides done; a draft has one, both or neither side written.
      // Sides are saved between the start and the completion (or within three days, for a draft).
      const sidesBy = completedAt ?? Math.min(end, created + 3 * DAY_MS);
      const sideOf = (): BulkSide => {
        const done = finished || rng.chance(0.35);
        const started = done || rng.chance(0.6);
        const saves = started ? rng.int(1, 4) : 0;
        const savedAt = created + Math.floor(rng.next() * (sidesBy - created));
        return { answers: aftermathSide(rng, done, started), done, version: 1 + saves, updatedAt: started ? iso(savedAt) : null };
      };
      const sides = { a: sideOf(), b: sideOf() };
      const touched = Math.max(updated, ...[sides.a, sides.b].map((s) => (s.updatedAt ? Date.parse(s.updatedAt) : 0)));
      rows.push({ ...common, type, sides, version: 1 + rng.int(0, 1), updatedAt: iso(touched) });
    }
  }
  for (let i = 0; i < rows.length; i += 1_000) insertReflectionsBulk(db, rows.slice(i, i + 1_000));
}
