import type { CoreApi } from '../shared/contract';
import type { JobProgress } from '../shared/jobs';
import type { PrivacySettings } from '../shared/privacy';
import type { SearchKind } from '../shared/search';
import { toHearthError } from './errors';
import { systemClock, type Clock, type Platform } from './platform';
import type { KdfParams } from './keys/kdf';
import { CheckInService } from './checkins/checkin-service';
import { CheckInReminder } from './checkins/reminder';
import { BackupService } from './backups/backup-service';
import { defaultResourcesDir, ExportService } from './therapyExport/export-service';
import { TransferService } from './transfer/transfer-service';
import { DraftService } from './drafts/draft-service';
import { AppreciationService } from './appreciations/appreciation-service';
import { JournalService } from './journal/journal-service';
import { LoveLanguageService } from './loveLanguages/love-language-service';
import { InsightsService } from './insights/insights-service';
import { ReflectionService } from './reflections/reflection-service';
import { PrivacyService } from './privacy/privacy-service';
import { deferUpkeep, search } from './search/search-index';
import { vaultPaths } from './vaults/folder';
import { TimelineService } from './timeline/timeline-service';
import { KeyService } from './keys/key-service';
import { VaultService } from './vaults/vault-service';
import { JobTracker } from './jobs/job-tracker';
import { VaultJobs } from './worker/run-job';

export interface CoreOptions {
  /** The app's own folder (Electron's userData): the list of known vaults and, by default, the vaults. */
  dataDir: string;
  platform: Platform;
  clock?: Clock;
  /** Argon2id parameters for new key slots. Default 'calibrate' (0.3–1 s here); tests pass small fixed ones. */
  kdf?: KdfParams | 'calibrate';
  /** How often auto-lock looks at the system's idle time; the end-to-end tests shorten it. */
  idleCheckMs?: number;
  /** How often a due check-in is looked for (once a minute); tests shorten it. */
  reminderCheckMs?: number;
  /** The app's resources/ folder (the PDF fonts); by default the repository's, found from this file. */
  resourcesDir?: string;
}

export interface Core extends CoreApi {
  /** Called after every lock, so the shell can wipe the renderer. Returns an unsubscribe function. */
  onLock(listener: () => void): () => void;
  /** Called with the privacy settings whenever they change (the shell applies content protection and quick hide). */
  onPrivacyChange(listener: (settings: PrivacySettings) => void): () => void;
  /** Called whenever a long job's progress changes (what `jobs.progress` would answer now). Returns an unsubscribe function. */
  onJobProgress(listener: (progress: JobProgress) => void): () => void;
  /** Lock and release everything; the core is not used afterwards. */
  close(): Promise<void>;
}

/** Build the whole Electron-free application: the same object serves the Electron shell and the tests. */
export function createCore(options: CoreOptions): Core {
  const vaults = new VaultService({
    dataDir: options.dataDir,
    platform: options.platform,
    clock: options.clock ?? systemClock,
    kdf: options.kdf ?? 'calibrate',
  });
  // Heavy work (backups, restores' checks, full exports, imports) runs on worker threads, each with a connection and
  // a key copy of its own, wiped when it ends. A re-key or a restore waits for running jobs, inside the queue, so no
  // copy is made across a key change or a file swap. A lock cancels running jobs (a cancelled daily copy is made
  // again at the next unlock); closing the core waits for them, then stops the thread.
  const jobs = new VaultJobs();
  const keys = new KeyService(vaults, { jobs, othersDone: () => indexJobs.idle() });
  const timeline = new TimelineService(vaults);
  const drafts = new DraftService(vaults);
  const privacy = new PrivacyService({
    dataDir: options.dataDir,
    platform: options.platform,
    isUnlocked: () => vaults.isUnlocked,
    lock: () => lockNow(),
    idleCheckMs: options.idleCheckMs,
  });
  vaults.onLock(() => privacy.locked());
  /** After any way in (create or unlock), the idle watch and the check-in reminder start. */
  const watched = async <T>(work: Promise<T>): Promise<T> => {
    const value = await work;
    privacy.unlocked();
    reminder.start();
    return value;
  };
  const reflections = new ReflectionService(vaults);
  const checkins = new CheckInService(vaults);
  const reminder = new CheckInReminder({
    checkins,
    platform: options.platform,
    clock: options.clock ?? systemClock,
    isUnlocked: () => vaults.isUnlocked,
    run: (work) => serial(work),
    everyMs: options.reminderCheckMs,
  });
  vaults.onLock(() => reminder.stop());
  const appreciations = new AppreciationService(vaults);
  const journal = new JournalService(vaults);
  const loveLanguages = new LoveLanguageService(vaults);
  const insights = new InsightsService(vaults);
  const therapyExport = new ExportService(vaults, { checkins, reflections, insights }, options.resourcesDir ?? defaultResourcesDir());
  // Each kind of searchable content says when its hits happened; a new kind must add itself here.
  const searchDates: Record<SearchKind, (ids: string[]) => Map<string, string>> = {
    timeline: (ids) => timeline.datesOf(ids),
    reflection: (ids) => reflections.datesOf(ids),
    checkin: (ids) => checkins.datesOf(ids),
    journal: (ids) => journal.datesOf(ids),
  };
  // Every call runs after the previous one, and anything thrown leaves as a HearthError with a stable code.
  const serial = <T>(work: () => Promise<T> | T): Promise<T> =>
    vaults.serial(work).catch((error: unknown) => {
      throw toHearthError(error);
    });

  const exclusive = <T>(work: () => Promise<T>): Promise<T> =>
    serial(async () => {
      // The index worker too: a re-key needs the database file to itself.
      await Promise.all([jobs.idle(), indexJobs.idle()]);
      return work();
    });
  /** Started in the queue, finished outside it: saves and reads go on while the worker works. */
  const background = async <T>(start: () => { done: Promise<T> } | Promise<{ done: Promise<T> }>): Promise<T> => {
    const { done } = await serial(start);
    return done.catch((error: unknown) => {
      throw toHearthError(error);
    });
  };

  // After a save touches the search index, the index is looked after on the index worker (search/search-index.ts):
  // the entry's old row deleted securely and the segments merged a bounded step, in the queue right after the call
  // that saved, so every later call sees a clean index and the event loop never waits for FTS5's page rewrites.
  // Rows a crash left behind are found (read only) after the next unlock.
  const indexJobs = new VaultJobs();
  const jobOptions = () => {
    const vault = vaults.requireUnlocked();
    return { database: vaultPaths(vault.dir).database, key: vault.dataKey };
  };
  const upkeep = (rows: number[]): void =>
    void serial(async () => {
      if (!vaults.isUnlocked) return;
      const { sweepPending } = await indexJobs.run({ kind: 'index-upkeep', rows }, jobOptions());
      // A sweep goes on a step at a time, each queued behind whatever the couple asked for meanwhile.
      if (sweepPending) setImmediate(() => upkeep([]));
    }).catch(() => undefined); // what is left is an orphan or a pending sweep, taken up after the next unlock
  vaults.onOpen((db) => {
    let batch: number[] | null = null;
    deferUpkeep(db, (row) => {
      if (batch) {
        if (row !== null) batch.push(row);
        return;
      }
      const rows = row === null ? [] : [row];
      batch = rows;
      // Queued behind the call that is saving now: it runs as soon as that call has answered.
      void Promise.resolve().then(() => {
        batch = null;
        upkeep(rows);
      });
    });
    setImmediate(() => {
      if (!vaults.isUnlocked) return;
      void indexJobs
        .run({ kind: 'owed-upkeep' }, jobOptions())
        .then(({ rows, sweepPending }) => (rows.length > 0 || sweepPending) && upkeep(rows), () => undefined);
    });
  });

  const backups = new BackupService(vaults, {
    jobs,
    // After the current call has answered, in the queue; a failed daily copy is tried again at the next unlock.
    later: (work) => setImmediate(() => void serial(work).then(({ done }) => done).catch(() => undefined)),
  });
  const transfer = new TransferService(vaults, { jobs });
  // The long jobs the couple starts and watches: shown from the moment they are asked for (waiting in the queue
  // included), until they settle. `jobs.progress` and `jobs.cancel` answer outside the queue.
  const tracked = new JobTracker();

  /**
   * A lock never waits its turn: not behind a file dialog left open, a long job or anything else in the queue. It
   * closes the database, wipes the key and tells the shell (which reloads the window) at once. What was running
   * stops at its next step: jobs are cancelled and drop their key copies, a dialog answered later fails with
   * VAULT_LOCKED (vault/dialog-guard.ts), and a call that reaches for the closed database fails the same way.
   */
  const lockNow = (): void => {
    tracked.cancelAll();
    therapyExport.cancel();
    jobs.cancelAll();
    indexJobs.cancelAll();
    vaults.lock();
  };

  return {
    app: {
      status: () => serial(() => vaults.status()),
    },
    vaults: {
      list: () => serial(() => vaults.list()),
      create: (input) => watched(serial(() => vaults.create(input))),
      chooseFolder: () => vaults.chooseFolder(),
      addFromFolder: ({ folder }) => serial(() => vaults.addFromFolder(folder)),
      forget: ({ vaultId }) => serial(() => vaults.forget(vaultId)),
      unlock: ({ vaultId, secret }) => watched(serial(() => vaults.unlock(vaultId, secret))),
      lock: async () => lockNow(),
    },
    keys: {
      list: () => serial(() => keys.list()),
      addPassphrase: (input) => serial(() => keys.addPassphrase(input)),
      // A re-key waits for running jobs, so no copy is made across the key change, and cannot be cancelled part-way.
      changePassphrase: (input) =>
        input.lockOutOldCopies
          ? tracked.run('rekey', (job) => exclusive(() => keys.changePassphrase(input, job)), { cancellable: false })
          : serial(() => keys.changePassphrase(input)),
      remove: (input) => tracked.run('rekey', (job) => exclusive(() => keys.remove(input, job)), { cancellable: false }),
      regenerateRecoveryCode: ({ confirm }) => tracked.run('rekey', (job) => exclusive(() => keys.regenerateRecoveryCode(confirm, job)), { cancellable: false }),
      recoveryCodeSeen: () => serial(() => keys.recoveryCodeSeen()),
    },
    timeline: {
      list: (input) => serial(() => timeline.list(input)),
      years: () => serial(() => timeline.years()),
      get: ({ id }) => serial(() => timeline.get(id)),
      create: (input) => serial(() => timeline.create(input)),
      update: (input) => serial(() => timeline.update(input)),
      history: ({ id }) => serial(() => timeline.history(id)),
      restoreVersion: ({ id, version, expectedVersion }) => serial(() => timeline.restoreVersion(id, version, expectedVersion)),
      remove: ({ id }) => serial(() => timeline.remove(id)),
      trash: () => serial(() => timeline.trash()),
      restore: ({ id }) => serial(() => timeline.restore(id)),
      deleteForever: ({ id }) => serial(() => timeline.deleteForever(id)),
      link: ({ from, to }) => serial(() => timeline.link(from, to)),
      unlink: ({ from, to }) => serial(() => timeline.unlink(from, to)),
      onThisDay: ({ today }) => serial(() => timeline.onThisDay(today)),
      tags: () => serial(() => timeline.tags()),
      addPhoto: (input) => serial(() => timeline.addPhoto(input)),
      photo: ({ id }) => serial(() => timeline.photo(id)),
      setPhotoCaption: ({ id, caption }) => serial(() => timeline.setPhotoCaption(id, caption)),
      removePhoto: ({ id }) => serial(() => timeline.removePhoto(id)),
    },
    reflections: {
      list: (input) => serial(() => reflections.list(input)),
      get: ({ id }) => serial(() => reflections.get(id)),
      create: (input) => serial(() => reflections.create(input)),
      update: (input) => serial(() => reflections.update(input)),
      saveSide: (input) => serial(() => reflections.saveSide(input)),
      complete: ({ id }) => serial(() => reflections.complete(id)),
      resolve: ({ id, repairEventId }) => serial(() => reflections.resolve(id, repairEventId)),
      reopen: ({ id }) => serial(() => reflections.reopen(id)),
      addCheckBack: (input) => serial(() => reflections.addCheckBack(input)),
      setForTherapy: ({ id, forTherapy }) => serial(() => reflections.setForTherapy(id, forTherapy)),
      linkEvent: ({ id, eventId }) => serial(() => reflections.linkEvent(id, eventId)),
      remove: ({ id }) => serial(() => reflections.remove(id)),
    },
    drafts: {
      save: (input) => serial(() => drafts.save(input)),
      get: ({ key }) => serial(() => drafts.get(key)),
      list: () => serial(() => drafts.list()),
      discard: ({ key }) => serial(() => drafts.discard(key)),
    },
    checkins: {
      schedule: () => serial(() => checkins.schedule()),
      setCadence: (input) => serial(() => checkins.setCadence(input)),
      start: (input) => serial(() => checkins.start(input)),
      current: () => serial(() => checkins.current()),
      get: ({ id }) => serial(() => checkins.get(id)),
      answer: (input) => serial(() => checkins.answer(input)),
      submit: ({ id, partner }) => serial(() => checkins.submit(id, partner)),
      discard: ({ id }) => serial(() => checkins.discard(id)),
      list: (input) => serial(() => checkins.list(input)),
      streaks: () => serial(() => checkins.streaks()),
    },
    appreciations: {
      startSession: ({ firstTurn }) => serial(() => appreciations.startSession(firstTurn)),
      add: (input) => serial(() => appreciations.add(input)),
      remove: ({ id }) => serial(() => appreciations.remove(id)),
      finish: ({ sessionId }) => serial(() => appreciations.finish(sessionId)),
      session: ({ sessionId }) => serial(() => appreciations.session(sessionId)),
      sessions: (input) => serial(() => appreciations.sessions(input)),
      received: ({ partner }) => serial(() => appreciations.received(partner)),
    },
    journal: {
      prompts: () => serial(() => journal.prompts()),
      addPrompt: ({ text, by }) => serial(() => journal.addPrompt(text, by)),
      promptOfTheWeek: ({ today }) => serial(() => journal.promptOfTheWeek(today)),
      write: (input) => serial(() => journal.write(input)),
      update: (input) => serial(() => journal.update(input)),
      remove: ({ id }) => serial(() => journal.remove(id)),
      get: ({ id }) => serial(() => journal.get(id)),
      list: (input) => serial(() => journal.list(input)),
    },
    loveLanguages: {
      get: () => serial(() => loveLanguages.get()),
      set: (input) => serial(() => loveLanguages.set(input)),
      logAction: (input) => serial(() => loveLanguages.logAction(input)),
      removeAction: ({ id }) => serial(() => loveLanguages.removeAction(id)),
      actions: (range) => serial(() => loveLanguages.actions(range)),
      summary: (range) => serial(() => loveLanguages.summary(range)),
    },
    insights: {
      all: (range) => serial(() => insights.all(range)),
    },
    search: {
      query: ({ text, limit }) => serial(() => search(vaults.requireUnlocked().db, text, limit, (kind, ids) => searchDates[kind](ids))),
    },
    backups: {
      // A backup being made is waited for outside the queue, so the list never holds up other calls.
      list: () => background(() => ({ done: backups.list() })),
      backupNow: (target) => tracked.run('backup', (job) => background(() => backups.startBackupNow(target, job))),
      restore: ({ id }) => tracked.run('restore', (job) => exclusive(() => backups.restore(id, job))),
    },
    transfer: {
      exportAll: ({ passphrase }) => tracked.run('exportAll', (job) => background(() => transfer.startExport(passphrase, job))),
      chooseFile: () => serial(() => transfer.chooseFile()),
      importFile: ({ path, passphrase }) => tracked.run('import', (job) => serial(() => transfer.importFile(path, passphrase, job))),
    },
    jobs: {
      // Outside the queue: they must answer while a job holds it (a restore, an import) or waits in it.
      progress: async ({ kind }) => tracked.progress(kind),
      cancel: async ({ kind }) => tracked.cancel(kind),
    },
    therapyExport: {
      candidates: (selection) => serial(() => therapyExport.candidates(selection)),
      preview: (input) => serial(() => therapyExport.preview(input)),
      save: (input) => serial(() => therapyExport.save(input)),
      // Outside the queue: they must answer while a save holds it.
      progress: async () => therapyExport.progress(),
      cancel: async () => therapyExport.cancel(),
    },
    privacy: {
      get: async () => privacy.get(),
      set: ({ iUnderstandNoAutoLock: _confirmed, ...update }) => serial(() => privacy.set(update)),
      noteCopy: () => privacy.noteCopy(),
    },
    onLock: (listener) => vaults.onLock(listener),
    onPrivacyChange: (listener) => privacy.onChange(listener),
    onJobProgress: (listener) => tracked.onChange(listener),
    close: () =>
      serial(async () => {
        await Promise.all([jobs.close(), indexJobs.close(), therapyExport.close()]);
        reminder.stop();
        vaults.lock();
        privacy.close();
      }),
  };
}
