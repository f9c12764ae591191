import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { decodeRecoveryCode } from '../../src/core/keys/recovery-code';
import { methods } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';
import { assess, relatedWords } from '../../src/shared/strength';
import { dispatcherFor, fakePlatform, newCore, newVault } from './helpers';

/** Calls whose empty argument is valid and whose effect would end the run (they are tested elsewhere). */
const SKIP = new Set(['hearth:vaults.lock']);

const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.string({ unit: 'grapheme', maxLength: 64 }),
  fc.constantFrom('\uD800', 'a\uDFFFb', '\u0000', '\u202Eevil', '../../etc/passwd', "'; DROP TABLE partners; --", '"*', 'NEAR(', '2023-02-30', '9999-99-99', '__proto__'),
  fc.nat({ max: 3 }).map((n) => 'x'.repeat([1_000_001, 250_000, 5_000_000, 70_000][n]!)),
);

const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'text', 'kind', 'bytes', 'secret', 'confirm'), fc.string({ maxLength: 12 }));

const hostile: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    fc.constantFrom(undefined, null, true, NaN, Infinity, -0, 2 ** 53, -1, 1e308),
    fc.integer(),
    fc.date({ noInvalidDate: false }),
    fc.uint8Array({ maxLength: 64 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    // Deep nesting: a chain of 2,000 objects.
    fc.constant(Array.from({ length: 2000 }).reduce<unknown>((inner) => ({ inner }), {})),
  ),
})).value;

function counts(db: Database.Database): Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

describe('hostile arguments on every channel', () => {
  it('answer VALIDATION or a proper result, never crash, and a refused call changes nothing', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    await v.core.timeline.create({ kind: 'memory', title: 'Something to protect', startDate: '2020-01-01', author: 'both' });
    // A second, read-only connection watches the rows while the core takes the hostile calls.
    const peek = new Database(join(v.dir, 'hearth.db'), { readonly: true });
    peek.pragma(`cipher='sqlcipher'`);
    peek.pragma('legacy=4');
    peek.pragma(`key="x'${decodeRecoveryCode(v.recoveryCode).toString('hex')}'"`);
    const channels = methods.map((m) => m.channel).filter((c) => !SKIP.has(c));
    const seen = new Map<string, number>();

    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...channels), fc.array(hostile, { maxLength: 2 }), async (channel, args) => {
          const before = counts(peek);
          const result = (await d.dispatch(channel, args)) as Result<unknown>;
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.code).not.toBe('INTERNAL');
            seen.set(result.error.code, (seen.get(result.error.code) ?? 0) + 1);
            expect(counts(peek), `${channel} was refused but changed rows`).toEqual(before);
          }
        }),
        { numRuns: 3000 },
      );
      expect(seen.get('VALIDATION')).toBeGreaterThan(2000);
      expect(({} as Record<string, unknown>).inner).toBeUndefined();
      expect((await v.core.app.status()).state).toBe('unlocked');
      expect(peek.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      peek.close();
    }
  });
});

describe('a therapy PDF password on the channel', () => {
  it('is refused as VALIDATION on `password`, before any dialog, unless it passes the passphrase rule and a keyboard can type it', async () => {
    const platform = fakePlatform();
    let dialogs = 0;
    const answer = platform.chooseSavePath;
    platform.chooseSavePath = function (options) {
      dialogs += 1;
      return answer.call(this, options); // null: cancelled, nothing is written
    };
    const v = await newVault(newCore({ platform }));
    const d = dispatcherFor(v);
    await v.core.timeline.create({ kind: 'memory', title: 'Something to share', startDate: '2020-01-01', author: 'both' });
    const related = relatedWords(['Sam', 'Alex'], 'Our place');
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    const typable = (s: string) => s.isWellFormed() && !/[\u0000-\u001F\u007F]/u.test(s) && s.length <= 1024;
    const save = (password: unknown) => d.dispatch('hearth:therapyExport.save', [{ selection: { kinds: ['timeline'] }, format: 'pdf', password }]) as Promise<Result<unknown>>;

    const candidates = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        'meadow lantern quietly\uD800',
        'meadow\u0000lantern quietly',
        'meadow lantern\tquietly',
        'meadow lantern quietly\u001B',
        'password',
        'iloveyou',
        'samalex1',
        'x'.repeat(1025),
        'meadow lantern quietly',
      ),
    );
    await fc.assert(
      fc.asyncProperty(candidates, async (password) => {
        const before = dialogs;
        const result = await save(password);
        const allowed = password.length > 0 && typable(password) && assess(password.normalize('NFC'), related).weakness === null;
        if (allowed) {
          expect(result).toEqual({ ok: true, value: { saved: false } });
          expect(dialogs).toBe(before + 1);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error).toMatchObject({ code: 'VALIDATION', details: { field: 'password' } });
          expect(dialogs).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile values in the fields of the check-in calls', () => {
  it('the way, the first speaker, hidden notes and finish: a refusal with a proper code changes nothing, and nothing done together is ever hidden', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    const peek = new Database(join(v.dir, 'hearth.db'), { readonly: true });
    peek.pragma(`cipher='sqlcipher'`);
    peek.pragma('legacy=4');
    peek.pragma(`key="x'${decodeRecoveryCode(v.recoveryCode).toString('hex')}'"`);
    await v.core.checkins.start({ withAppreciations: false, mode: 'together', firstTurn: 'b' });
    const blank = { connection: '', closer: '', highlight: '', distance: '' };
    // The check-in open at the moment of the call (or none), so calls keep meeting one as others finish or discard it.
    const OPEN = Symbol('the open check-in');
    const openId = () => (peek.prepare("SELECT id FROM checkins WHERE status = 'open'").get() as { id: string } | undefined)?.id ?? '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    const real = (x: unknown) => (x === OPEN ? openId() : x);
    const OTHER = '0b6f5c8e-6a43-4d1c-9b7e-2f1c3a4d5e6f';
    // Each field is now and then hostile, more often a value it can take, so calls get through and change what the
    // next one meets.
    const fieldOf = (good: unknown[]) => fc.oneof({ arbitrary: hostile, weight: 1 }, { arbitrary: fc.constantFrom(...good), weight: 4 });
    const sometimes = fc.nat({ max: 5 }).map((n) => n === 0);
    const call = fc.oneof(
      fc.tuple(fc.constant('hearth:checkins.start'), fieldOf(['together', 'apart']), fieldOf(['a', 'b'])),
      fc.tuple(fc.constant('hearth:checkins.answer'), fieldOf([true, false]), sometimes),
      fc.tuple(fc.constant('hearth:checkins.finish'), fieldOf([OPEN, OTHER]), sometimes),
      fc.tuple(fc.constant('hearth:checkins.submit'), fieldOf([OPEN, OTHER]), fieldOf(['a', 'b'])),
      fc.tuple(fc.constant('hearth:checkins.discard'), fieldOf([OPEN, OTHER]), fc.constant(null)),
    );
    const calls: Record<string, (x: unknown, y: unknown) => unknown[]> = {
      'hearth:checkins.start': (x, y) => [{ withAppreciations: false, mode: x, firstTurn: y }],
      // Now and then with a field the call does not have.
      'hearth:checkins.answer': (x, y) => [{ id: openId(), partner: 'a', answers: blank, rating: null, hidden: x, ...(y ? { mode: 'apart' } : {}) }],
      'hearth:checkins.finish': (x, y) => (y ? [real(x)] : [{ id: real(x) }]),
      'hearth:checkins.submit': (x, y) => [{ id: real(x), partner: y }],
      'hearth:checkins.discard': (x) => [{ id: real(x) }],
    };
    const seen = new Map<string, number>();
    const togetherHidden = () => (peek.prepare("SELECT count(*) AS n FROM checkin_answers s JOIN checkins c ON c.id = s.checkin_id WHERE c.mode = 'together' AND s.hidden = 1").get() as { n: number }).n;
    try {
      await fc.assert(
        fc.asyncProperty(call, async ([channel, x, y]) => {
          const before = counts(peek);
          const rows = peek.prepare('SELECT * FROM checkins ORDER BY id').all();
          const result = (await d.dispatch(channel, calls[channel]!(x, y))) as Result<{ mode?: unknown; firstTurn?: unknown }>;
          expect(typeof result.ok).toBe('boolean');
          const outcome = result.ok ? `ok ${channel}` : result.error.code;
          seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
          if (!result.ok) {
            expect(['VALIDATION', 'CONFLICT', 'NOT_FOUND'], `${channel} ${result.error.message}`).toContain(result.error.code);
            expect(counts(peek), `${channel} was refused but changed rows`).toEqual(before);
            expect(peek.prepare('SELECT * FROM checkins ORDER BY id').all()).toEqual(rows);
          } else if (channel === 'hearth:checkins.start') {
            expect([result.value.mode, result.value.firstTurn]).toEqual(x === 'together' ? ['together', y ?? 'a'] : ['apart', null]);
          }
          expect(togetherHidden()).toBe(0);
        }),
        { numRuns: 800 },
      );
      // Every kind of refusal was met and every call got through at times, so nothing passed by refusing everything.
      expect([...seen.keys()].sort()).toEqual(
        ['CONFLICT', 'NOT_FOUND', 'VALIDATION', ...Object.keys(calls).map((c) => `ok ${c}`)].sort(),
      );
      expect(peek.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      peek.close();
    }
  });
});

describe('hostile values in the choice to show an aftermath account', () => {
  it('saves only a true or false `showMyReality` (left out: false); anything else is VALIDATION and changes nothing', async () => {
    const v = await newVault();
    const d = dispatcherFor(v);
    const { id } = await v.core.reflections.create({ type: 'aftermath', title: 'The car park' });
    const peek = new Database(join(v.dir, 'hearth.db'), { readonly: true });
    peek.pragma(`cipher='sqlcipher'`);
    peek.pragma('legacy=4');
    peek.pragma(`key="x'${decodeRecoveryCode(v.recoveryCode).toString('hex')}'"`);
    const sides = () => peek.prepare('SELECT partner, answers, done, version FROM reflection_sides WHERE reflection_id = ? ORDER BY partner').all(id);
    const version = (partner: string) => (peek.prepare('SELECT version FROM reflection_sides WHERE reflection_id = ? AND partner = ?').get(id, partner) as { version: number }).version;
    const seen = new Map<string, number>();
    try {
      await fc.assert(
        fc.asyncProperty(fc.oneof(hostile, fc.boolean()), fc.constantFrom('a', 'b'), async (show, partner) => {
          const before = sides();
          const side = { myReality: 'I felt rushed.', showMyReality: show };
          const result = (await d.dispatch('hearth:reflections.saveSide', [{ id, partner, side, expectedVersion: version(partner) }])) as Result<{ sides: Record<string, { answers: { showMyReality: unknown } }> }>;
          const outcome = result.ok ? 'ok' : result.error.code;
          seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
          if (typeof show === 'boolean' || show === undefined) {
            // Left out, it is not shown, as in a side saved before there was a choice.
            expect(result.ok).toBe(true);
            if (result.ok) expect(result.value.sides[partner]!.answers.showMyReality).toBe(show ?? false);
          } else {
            expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION');
            expect(sides(), 'a refused save changed a side').toEqual(before);
          }
        }),
        { numRuns: 300 },
      );
      expect([...seen.keys()].sort()).toEqual(['VALIDATION', 'ok']);
    } finally {
      peek.close();
    }
  });
});
