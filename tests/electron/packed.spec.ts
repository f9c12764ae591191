/**
 * What only the packed app can show (HEARTH_APP_EXECUTABLE, after `npm run dist`): the fuses flipped after packing
 * read back from its binary, and two of them seen from outside, by starting it the way an attacker with a shell
 * would try. smoke.spec.ts and journey.spec.ts run against the same executable when the variable is set (through the
 * renderer's DevTools protocol, see launch.ts); this file adds the checks that need no window at all or that are
 * about the launch itself. Without HEARTH_APP_EXECUTABLE it is reported as skipped, with the reason.
 *
 * What each check proves, and what it does not:
 * - The fuse wire is read from the shipped binary (@electron/fuses, as `npx @electron/fuses read --app <path>`
 *   prints it): the exact states electron-builder's afterPack left. It proves the configuration, not the behaviour.
 * - `--inspect=0` opens no Node inspector: the packed app either refuses the option or starts without printing
 *   "Debugger listening", and Playwright's `_electron.launch`, which needs that inspector, cannot attach to it.
 * - ELECTRON_RUN_AS_NODE=1 does not make the binary a Node interpreter: Hearth starts as Hearth. Were the fuse on,
 *   Node would run instead and stop at the first Chromium switch it does not know ("bad option").
 * NODE_OPTIONS, asar-only loading, asar integrity (checked by Electron on macOS and Windows only) and the file://
 * privileges are covered by the fuse wire alone.
 */
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import { launchHearth, LaunchError, newProfile, skipWithoutTarget, target } from './launch';

const notPacked = !('kind' in target) || target.kind !== 'packed';

test.describe('The packed app', () => {
  skipWithoutTarget((condition, reason) => test.skip(condition, reason), 'packed.spec.ts');
  if (notPacked && !('skip' in target)) {
    const reason = 'HEARTH_APP_EXECUTABLE is not set: these checks run after `npm run dist`, against the unpacked executable';
    console.log(`Electron tier (packed.spec.ts) skipped: ${reason}`);
    test.skip(true, reason);
  }

  test('has the fuses flipped after packing', async () => {
    if (!('kind' in target)) return;
    const wire = await getCurrentFuseWire(target.executable);
    const expected: [FuseV1Options, FuseState][] = [
      [FuseV1Options.RunAsNode, FuseState.DISABLE],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE],
      [FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE],
      [FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE],
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE],
      [FuseV1Options.GrantFileProtocolExtraPrivileges, FuseState.DISABLE],
    ];
    const name = (option: FuseV1Options) => FuseV1Options[option];
    const state = (value: FuseState | undefined) => (value === undefined ? 'missing' : FuseState[value]);
    expect(expected.map(([option]) => `${name(option)}: ${state(wire[option])}`)).toEqual(
      expected.map(([option, value]) => `${name(option)}: ${state(value)}`),
    );
  });

  test('opens no Node inspector when started with --inspect', async () => {
    if (!('kind' in target)) return;
    const profile = newProfile();
    let output: string;
    let outcome: string;
    try {
      const hearth = await launchHearth(target, profile, { args: ['--inspect=0'] });
      try {
        // By the time the welcome screen is up, Node has long started: an inspector would have said so first.
        await expect(hearth.page.getByRole('heading', { level: 1 })).toHaveText('A quiet place for the two of you');
        outcome = 'started, ignoring --inspect';
      } finally {
        await hearth.close();
        output = hearth.output();
      }
    } catch (error) {
      if (!(error instanceof LaunchError)) throw error;
      output = error.output;
      outcome = 'refused to start with --inspect';
    } finally {
      profile.remove();
    }
    console.log(`The packed app ${outcome}.`);
    expect(output).not.toMatch(/Debugger listening on/);
  });

  test('starts as Hearth, not as Node, with ELECTRON_RUN_AS_NODE=1', async () => {
    if (!('kind' in target)) return;
    const profile = newProfile();
    const marker = 'hearth-ran-as-node';
    try {
      const hearth = await launchHearth(target, profile, {
        env: { ELECTRON_RUN_AS_NODE: '1' },
        args: ['-e', `console.log(${JSON.stringify(marker)})`],
      });
      try {
        await expect(hearth.page.getByRole('heading', { level: 1 })).toHaveText('A quiet place for the two of you');
      } finally {
        await hearth.close();
      }
      expect(hearth.output()).not.toContain(marker);
      expect(hearth.output()).not.toMatch(/bad option/);
    } finally {
      profile.remove();
    }
  });
});
