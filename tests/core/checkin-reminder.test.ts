import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REMINDER, reminderWords } from '../../src/core/checkins/reminder';
import { wordsIn } from '../../src/core/i18n/words';
import { fakePlatform, newCore, newVault, PASSPHRASE } from './helpers';

function notifyingDesktop() {
  const shown: { title: string; body: string }[] = [];
  const platform = Object.assign(fakePlatform(), { notify: (title: string, body: string) => shown.push({ title, body }) });
  return { platform, shown };
}

// The reminder's interval is faked: each `tick` runs exactly one check and waits for what it asked of the core, so a
// check that must show nothing has really run when the test looks.
beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
afterEach(() => vi.useRealTimers());

async function tick(v: Awaited<ReturnType<typeof newVault>>): Promise<void> {
  await vi.advanceTimersByTimeAsync(10);
  await v.core.app.status(); // queued behind the check's own call
}

describe('the check-in reminder', () => {
  it('notifies once when a check-in falls due, in generic words, and only when the couple asked for it', async () => {
    const d = notifyingDesktop();
    const v = await newVault(newCore({ platform: d.platform, reminderCheckMs: 10 }));
    // Thursday 26 November 2026, 10:00 UTC; the check-in is on Thursdays at 19:00 in London.
    const schedule = await v.core.checkins.setCadence({ every: 'weekly', weekday: 4, time: '19:00', timeZone: 'Europe/London' });
    expect(schedule.nextDueAt).toBe('2026-11-26T19:00:00.000Z');
    v.clock.advance(10 * 3_600_000);
    await tick(v);
    expect(d.shown).toEqual([]); // due, but reminders are off

    await v.core.checkins.setCadence({ every: 'weekly', weekday: 4, time: '19:00', timeZone: 'Europe/London', notify: true });
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    await tick(v);
    expect(d.shown).toEqual([{ title: 'Hearth', body: 'Time for your check-in' }]);
    expect(REMINDER.body).not.toMatch(/Sam|Alex|Our place/);
    await tick(v);
    expect(d.shown).toHaveLength(1); // once per due time

    // Locked: nothing is known and nothing is shown.
    await v.core.vaults.lock();
    v.clock.advance(7 * 86_400_000);
    await tick(v);
    expect(d.shown).toHaveLength(1);
  });

  it('speaks the language chosen when it shows, still in generic words', async () => {
    const d = notifyingDesktop();
    const v = await newVault(newCore({ platform: d.platform, reminderCheckMs: 10 }));
    await v.core.language.set({ chosen: 'de' });
    await v.core.checkins.setCadence({ every: 'weekly', weekday: 4, time: '19:00', timeZone: 'Europe/London', notify: true });
    v.clock.advance(10 * 3_600_000);
    await v.core.vaults.lock();
    await v.core.vaults.unlock({ vaultId: v.vaultId, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    await tick(v);
    expect(d.shown).toEqual([{ title: 'Hearth', body: 'Zeit für euer Gespräch' }]);
    expect(reminderWords(wordsIn('de')).body).not.toMatch(/Sam|Alex|Our place/);
    // English stays as it was.
    expect(reminderWords(wordsIn('en'))).toEqual(REMINDER);
  });
});
