/**
 * Each step measures one or more figures. A step whose feature (contract area) does not exist yet
 * leaves its figures null with the reason. Adding a feature's figure = one entry in STEPS.
 */
import argon2 from 'argon2';
import Database from 'better-sqlite3-multiple-ciphers';
import { execFileSync } from 'node:child_process';
import { createCipheriv, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KdfParams } from '../src/core';
import { configureDatabase, openDatabase, type Db } from '../src/core/db/database';
import { search, upkeepStep } from '../src/core/search/search-index';
import { TimelineService } from '../src/core/timeline/timeline-service';
import { deriveKey } from '../src/core/keys/kdf';
import { decodeRecoveryCode } from '../src/core/keys/recovery-code';
import { systemClock } from '../src/core/platform';
import type { TimelineEvent } from '../src/shared/timeline';
import { benchPlatform, type Client } from './client';
import { contractHas, encryptedAndPlainCopies, generateData, type BenchData, type GeneratedVault } from './generate';
import type { LoopMonitor } from './monitor';
import { Rng, Zipf } from './prng';
import type { MetricKey } from './report';
import { measureRenderer, RENDERER_KEYS } from './renderer';
import { median, percentile, round, summary, timed, yieldToLoop } from './stats';
import { PLACES, TAGS, WORDS } from './words';

export interface BenchContext {
  entries: number;
  seed: number;
  /** Operations per percentile (at least 200). */
  ops: number;
  /** Unlock cycles (each: lock, unlock, first page). */
  unlocks: number;
  /** Ids and dates of the generated events (the full data is not kept: see BenchData). */
  data: BenchData;
  vault: GeneratedVault;
  client: Client;
  dataDir: string;
  tmp: string;
  kdf: KdfParams;
  monitor: LoopMonitor;
  log: (line: string) => void;
  /** Extra figures for diagnosis, printed after the table (not part of results.json). */
  details: Record<string, unknown>;
  /** Why the renderer figures are not measured in this run (they stay null with this reason), if they are not. */
  skipRenderer?: string;
}

export interface StepOutcome {
  values: Partial<Record<MetricKey, number | null>>;
  reasons?: Partial<Record<MetricKey, string>>;
}

export interface Step {
  name: string;
  keys: readonly MetricKey[];
  /** Contract areas the step needs; while one is missing its figures are null with that reason. */
  requires?: readonly string[];
  run(ctx: BenchContext): Promise<StepOutcome>;
}

const ms = (v: number) => round(v, 2);
const unlockSecret = (ctx: BenchContext) => ({ vaultId: ctx.vault.vaultId, secret: { kind: 'passphrase' as const, passphrase: ctx.vault.passphrase } });

/** Wall time spent inside argon2.hash while `work` runs: the KDF share of an unlock, measured, not guessed. */
async function withArgon2Timer<T>(work: () => Promise<T>): Promise<{ value: T; argonMs: number; calls: number }> {
  const target = argon2 as unknown as { hash: (...args: unknown[]) => Promise<unknown> };
  const original = target.hash;
  let argonMs = 0;
  let calls = 0;
  target.hash = async (...args: unknown[]) => {
    const started = performance.now();
    try {
      return await original.apply(argon2, args);
    } finally {
      argonMs += performance.now() - started;
      calls++;
    }
  };
  try {
    return { value: await work(), argonMs, calls };
  } finally {
    target.hash = original;
  }
}

const kdfStep: Step = {
  name: 'kdf',
  keys: ['kdf_ms'],
  async run(ctx) {
    const salt = randomBytes(16);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) times.push((await timed(() => deriveKey('benchmark', salt, ctx.kdf))).ms);
    ctx.details.kdf = { params: ctx.kdf, runsMs: times.map(ms) };
    return { values: { kdf_ms: ms(median(times)) } };
  },
};

const unlockStep: Step = {
  name: 'unlock',
  keys: ['unlock_after_kdf_ms', 'timeline_first_page_ms', 'rss_mb_after_unlock'],
  requires: ['vaults', 'timeline'],
  async run(ctx) {
    const afterKdf: number[] = [];
    const firstPage: number[] = [];
    const totals: number[] = [];
    await ctx.monitor.phase('unlock', async () => {
      for (let i = 0; i < ctx.unlocks; i++) {
        await ctx.client.vaults.lock();
        await yieldToLoop();
        const { value, argonMs, calls } = await withArgon2Timer(() => timed(() => ctx.client.vaults.unlock(unlockSecret(ctx))));
        if (calls === 0) throw new Error('argon2.hash was not seen during unlock; the KDF share cannot be measured');
        totals.push(value.ms);
        afterKdf.push(value.ms - argonMs);
        await yieldToLoop();
        firstPage.push((await timed(() => ctx.client.timeline.list({}))).ms);
      }
    });
    // Resident memory of a fresh process that only unlocks and reads the first page.
    await ctx.client.vaults.lock();
    const probe = resolve(import.meta.dirname, 'rss-probe.ts');
    const out = execFileSync(process.execPath, ['--import', 'tsx', probe, ctx.dataDir, ctx.vault.vaultId], { encoding: 'utf8' });
    const rss = JSON.parse(out.trim().split('\n').at(-1)!) as { rssBeforeMb: number; rssAfterMb: number };
    await ctx.client.vaults.unlock(unlockSecret(ctx));
    ctx.details.unlock = {
      totalMs: summary(totals),
      afterKdfMs: summary(afterKdf),
      firstPageMs: summary(firstPage),
      rssBeforeUnlockMb: round(rss.rssBeforeMb, 1),
    };
    return {
      values: {
        unlock_after_kdf_ms: ms(median(afterKdf)),
        timeline_first_page_ms: ms(median(firstPage)),
        rss_mb_after_unlock: round(rss.rssAfterMb, 1),
      },
    };
  },
};

const pagingStep: Step = {
  name: 'paging',
  keys: ['timeline_page_p95_ms'],
  requires: ['timeline'],
  async run(ctx) {
    const times: number[] = [];
    let bytes = 0;
    let walks = 0;
    await ctx.monitor.phase('paging', async () => {
      // Walk the whole timeline newest to oldest by keyset pages, again until there are enough pages.
      while (times.length < ctx.ops) {
        walks++;
        let after: { date: string; id: string } | null = null;
        do {
          const { ms: t, value: page } = await timed(() => ctx.client.timeline.list({ after, limit: 50 }));
          times.push(t);
          bytes += JSON.stringify(page).length;
          after = page.next;
          await yieldToLoop();
        } while (after);
      }
    });
    ctx.details.paging = { ...summary(times), walks, avgPageKb: round(bytes / times.length / 1024, 1) };
    return { values: { timeline_page_p95_ms: ms(percentile(times, 95)) } };
  },
};

/** A small, realistic edit: a sentence added to the body, the rest as it was. */
function edited(body: string, rng: Rng): string {
  const words = Array.from({ length: rng.int(4, 12) }, () => rng.pick(WORDS));
  return `${body}\n\n${words.join(' ')}.`.slice(0, 20_000);
}

/** The fields an edit sends back (the event as read carries more: photos, links, reflections…). */
function editable(e: Pick<TimelineEvent, 'kind' | 'title' | 'body' | 'startDate' | 'endDate' | 'author' | 'valence' | 'tags'>) {
  return { kind: e.kind, title: e.title, body: e.body, startDate: e.startDate, endDate: e.endDate, author: e.author, valence: e.valence, tags: e.tags };
}

const savingStep: Step = {
  name: 'saving',
  keys: ['save_event_p95_ms'],
  requires: ['timeline'],
  async run(ctx) {
    const rng = new Rng(ctx.seed, 'saves');
    const times: number[] = [];
    await ctx.monitor.phase('saving', async () => {
      for (let i = 0; i < ctx.ops; i++) {
        const id = ctx.data.events[rng.int(0, ctx.data.events.length - 1)]!.id;
        const e = await ctx.client.timeline.get({ id });
        const input = { ...editable(e), id, expectedVersion: e.version, body: edited(e.body, rng) };
        await yieldToLoop();
        times.push((await timed(() => ctx.client.timeline.update(input))).ms);
        await yieldToLoop();
      }
    });
    ctx.details.saving = summary(times);
    return { values: { save_event_p95_ms: ms(percentile(times, 95)) } };
  },
};

/** Queries people type: common and rare words, prefixes as they type, two words, a place, a tag. */
export function searchQueries(rng: Rng, count: number): { text: string; kind: string }[] {
  const common = new Zipf(WORDS, 1.05);
  const content = WORDS.slice(60);
  return Array.from({ length: count }, () => {
    const kind = rng.weighted([['word', 30], ['rare word', 15], ['prefix', 20], ['two words', 15], ['place', 10], ['tag', 10]] as const);
    const text =
      kind === 'word' ? common.draw(rng)
      : kind === 'rare word' ? rng.pick(content.slice(-200))
      : kind === 'prefix' ? rng.pick(content).slice(0, rng.int(2, 4))
      : kind === 'two words' ? `${rng.pick(content)} ${rng.pick(content).slice(0, 3)}`
      : kind === 'place' ? rng.pick(PLACES)
      : rng.pick(TAGS);
    return { text, kind };
  });
}

const searchStep: Step = {
  name: 'searching',
  keys: ['search_p95_ms'],
  requires: ['search'],
  async run(ctx) {
    const queries = searchQueries(new Rng(ctx.seed, 'search'), ctx.ops);
    const times: number[] = [];
    const byKind: Record<string, number[]> = {};
    await ctx.monitor.phase('searching', async () => {
      for (const q of queries) {
        const { ms: t } = await timed(() => ctx.client.search.query({ text: q.text, limit: 20 }));
        times.push(t);
        (byKind[q.kind] ??= []).push(t);
        await yieldToLoop();
      }
    });
    ctx.details.searching = { ...summary(times), byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summary(v)])) };
    return { values: { search_p95_ms: ms(percentile(times, 95)) } };
  },
};

const insightsStep: Step = {
  name: 'insights',
  keys: ['insights_ms'],
  requires: ['insights'],
  async run(ctx) {
    const times: number[] = [];
    await ctx.monitor.phase('insights', async () => {
      for (let i = 0; i < 10; i++) {
        times.push((await timed(() => ctx.client.insights.all({}))).ms);
        await yieldToLoop();
      }
    });
    const skipped = ctx.data.sections.filter((s) => s.skipped).map((s) => s.name);
    ctx.details.insights = { ...summary(times), firstMs: round(times[0]!), note: skipped.length ? `over generated data without: ${skipped.join(', ')}` : 'over all generated kinds' };
    return { values: { insights_ms: ms(median(times)) } };
  },
};

/**
 * "Back up now" on the full vault, through the core: the copy and its check run on the vault worker, so the event
 * loop must keep turning throughout (the monitor's 'backing up' phase). The full JSON export (transfer) is timed
 * in the same phase, as a detail.
 */
const backupStep: Step = {
  name: 'backing up',
  keys: ['backup_ms'],
  requires: ['backups'],
  async run(ctx) {
    const times: number[] = [];
    const exports: number[] = [];
    let sizeMb = 0;
    await ctx.monitor.phase('backing up', async () => {
      for (let i = 0; i < 3; i++) {
        const { ms: t, value } = await timed(() => ctx.client.backups.backupNow('vault'));
        times.push(t);
        sizeMb = value.sizeBytes / 2 ** 20;
        await yieldToLoop();
      }
      benchPlatform.nextSavePath = join(ctx.tmp, 'export.json');
      try {
        exports.push((await timed(() => ctx.client.transfer.exportAll({}))).ms);
      } finally {
        benchPlatform.nextSavePath = null;
      }
    });
    ctx.details.backup = { ...summary(times), sizeMb: round(sizeMb, 1), fullJsonExportMs: exports.map(ms) };
    return { values: { backup_ms: ms(median(times)) } };
  },
};

/** The therapy export of 1,000 timeline moments as a PDF, through the core (the newest thousand, by date range). */
const exportPdfStep: Step = {
  name: 'exporting a PDF',
  keys: ['export_pdf_1000_ms'],
  requires: ['therapyExport'],
  async run(ctx) {
    const dates = ctx.data.events.map((e) => e.startDate).sort();
    // 1,000 at full size; the small proof run (npm test) exports a fiftieth of its entries to stay quick.
    const count = Math.min(1000, Math.max(1, Math.round(dates.length / 50)));
    const from = dates[dates.length - count]!;
    const times: number[] = [];
    let pages = 0;
    let items = 0;
    await ctx.monitor.phase('exporting', async () => {
      items = (await ctx.client.therapyExport.candidates({ kinds: ['timeline'], from })).length;
      for (let i = 0; i < 2; i++) {
        benchPlatform.nextSavePath = join(ctx.tmp, `therapy-${i}.pdf`);
        try {
          const { ms: t, value } = await timed(() => ctx.client.therapyExport.save({ selection: { kinds: ['timeline'], from }, format: 'pdf' }));
          if (!value.saved) throw new Error('the therapy export was not saved');
          pages = value.pages ?? 0;
          times.push(t);
        } finally {
          benchPlatform.nextSavePath = null;
        }
        await yieldToLoop();
      }
    });
    ctx.details.exportPdf = { runsMs: times.map(ms), items, pages };
    return { values: { export_pdf_1000_ms: ms(median(times)) } };
  },
};

/** The service code on a bare database (no dispatcher), so the same workload runs on both files. */
function timelineOn(db: Db): TimelineService {
  return new TimelineService({ db: () => db, clock: systemClock });
}

type Parts = { paging: number; saving: number; searching: number };

async function workloadRound(db: Db, service: TimelineService, rng: Rng, state: { after: { date: string; id: string } | null }): Promise<Parts> {
  const lap = (work: () => void) => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  const paging = lap(() => {
    for (let i = 0; i < 10; i++) state.after = service.list({ order: 'newest', after: state.after, limit: 50, filter: {} }).next;
  });
  // Among the first thousand live entries (all of them in a smaller vault, as the test's).
  const live = db.prepare('SELECT count(*) FROM timeline_events WHERE deleted_at IS NULL').pluck().get() as number;
  const saving = lap(() => {
    for (let i = 0; i < 3; i++) {
      const id = db.prepare('SELECT id FROM timeline_events WHERE deleted_at IS NULL LIMIT 1 OFFSET ?').pluck().get(rng.int(0, Math.min(999, live - 1))) as string;
      const e = service.get(id);
      service.update({ ...editable(e), id, expectedVersion: e.version, body: edited(e.body, rng) });
      // All the work a save costs, including what the app hands to its index worker afterwards.
      upkeepStep(db);
    }
  });
  const searching = lap(() => {
    for (const q of searchQueries(rng, 5)) search(db, q.text, 20, (_k, ids) => service.datesOf(ids));
  });
  return { paging, saving, searching };
}

const encryptionStep: Step = {
  name: 'encrypted vs plain',
  keys: ['encrypted_vs_plain_ratio'],
  requires: ['timeline', 'search'],
  async run(ctx) {
    await ctx.client.vaults.lock();
    const key = decodeRecoveryCode(ctx.vault.recoveryCode);
    ctx.log('encrypted vs plain: copying the vault, and decrypting a second copy…');
    let copies: { encrypted: string; plain: string };
    let encrypted: Db;
    try {
      copies = encryptedAndPlainCopies(ctx.vault.databasePath, key, ctx.tmp);
      encrypted = openDatabase(copies.encrypted, key).db;
    } finally {
      key.fill(0);
    }
    configureDatabase(encrypted, copies.encrypted);
    const plain = new Database(copies.plain);
    configureDatabase(plain, copies.plain);
    try {
      const sides = [
        { name: 'encrypted', db: encrypted, service: timelineOn(encrypted), rng: new Rng(ctx.seed, 'ratio'), state: { after: null }, times: [] as Parts[] },
        { name: 'plain', db: plain, service: timelineOn(plain), rng: new Rng(ctx.seed, 'ratio'), state: { after: null }, times: [] as Parts[] },
      ];
      // Interleaved, alternating which goes first, so drift on a noisy machine hits both sides alike.
      const rounds = 32;
      for (let r = 0; r < rounds; r++) {
        for (const side of r % 2 === 0 ? sides : [...sides].reverse()) side.times.push(await workloadRound(side.db, side.service, side.rng, side.state));
        await yieldToLoop();
      }
      const [enc, pla] = [sides[0]!.times, sides[1]!.times];
      const total = (p: Parts) => p.paging + p.saving + p.searching;
      const ratioOf = (f: (p: Parts) => number) => round(median(enc.map((p, i) => f(p) / f(pla[i]!))), 3);
      const ratios = enc.map((p, i) => total(p) / total(pla[i]!));
      ctx.details.encryptedVsPlain = {
        rounds,
        encryptedRoundMs: summary(enc.map(total)),
        plainRoundMs: summary(pla.map(total)),
        ratioByPart: { paging: ratioOf((p) => p.paging), saving: ratioOf((p) => p.saving), searching: ratioOf((p) => p.searching) },
      };
      return { values: { encrypted_vs_plain_ratio: round(median(ratios), 3) } };
    } finally {
      encrypted.close();
      plain.close();
      // The decrypted copy holds the whole vault in the clear: it goes as soon as it has been measured.
      for (const file of [copies.encrypted, copies.plain]) for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
      await ctx.client.vaults.unlock(unlockSecret(ctx));
    }
  },
};

const wholeFileStep: Step = {
  name: 'whole-file save baseline',
  keys: ['whole_file_save_ms'],
  async run(ctx) {
    // The same entries, generated again from the seed (without photos, which the journal does not hold): the process
    // does not keep them through the monitored phases.
    const { events } = await generateData({ entries: ctx.entries, seed: ctx.seed, photos: 0 });
    if (events.length !== ctx.data.events.length || events.some((e, i) => e.id !== ctx.data.events[i]!.id)) {
      throw new Error('the whole-file baseline did not generate the entries the vault holds');
    }
    const journal = events.map((e) => ({ id: e.id, ...e.fields, createdAt: e.createdAt }));
    const key = randomBytes(32);
    const path = join(ctx.tmp, 'journal.json.enc');
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      journal[i % journal.length]!.body += ' edited';
      const { ms: t } = await timed(async () => {
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', key, iv);
        const sealed = Buffer.concat([iv, cipher.update(JSON.stringify(journal), 'utf8'), cipher.final(), cipher.getAuthTag()]);
        size = sealed.length;
        const tmp = `${path}.tmp`;
        const fd = openSync(tmp, 'w', 0o600);
        try {
          writeSync(fd, sealed);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(tmp, path);
      });
      times.push(t);
      await yieldToLoop();
    }
    ctx.details.wholeFileSave = { ...summary(times), fileMb: round(size / 2 ** 20, 1) };
    return { values: { whole_file_save_ms: ms(median(times)) } };
  },
};

const rendererStep: Step = {
  name: 'renderer',
  keys: RENDERER_KEYS,
  async run(ctx) {
    const all = (reason: string) => Object.fromEntries(RENDERER_KEYS.map((k) => [k, reason]));
    if (ctx.skipRenderer) return { values: {}, reasons: all(ctx.skipRenderer) };
    await ctx.client.vaults.lock();
    try {
      const figures = await measureRenderer({ dataDir: ctx.dataDir, vaultId: ctx.vault.vaultId, passphrase: ctx.vault.passphrase, log: ctx.log });
      const { reason, details, ...values } = figures;
      if (details) ctx.details.renderer = details;
      return {
        values,
        reasons: reason ? all(reason) : {},
      };
    } finally {
      await ctx.client.vaults.unlock(unlockSecret(ctx));
    }
  },
};

/** In order. The event-loop figure is taken from every monitored phase once all have run. */
export const STEPS: readonly Step[] = [
  kdfStep,
  unlockStep,
  pagingStep,
  savingStep,
  searchStep,
  insightsStep,
  exportPdfStep,
  backupStep,
  encryptionStep,
  wholeFileStep,
  rendererStep,
];

/** Why a step cannot run yet (an area missing from the contract), or null. */
export function missingArea(step: Step): string | null {
  const missing = (step.requires ?? []).filter((a) => !contractHas(a));
  return missing.length ? `the '${missing.join("', '")}' area is not in the contract yet` : null;
}
