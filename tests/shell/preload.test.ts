import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contract, methods } from '../../src/shared/contract';
import type { Bridge } from '../../src/shared/contract';
import { MENU_CHANNEL, MENU_COMMANDS, type MenuBridge, type MenuCommand } from '../../src/shared/menu';
import { fake, sendToRenderer } from './fake-electron';

let hearth: Bridge;
let hearthMenu: MenuBridge;

beforeAll(async () => {
  // Importing the preload runs it, as Electron does.
  await import('../../src/preload/index');
  hearth = fake.exposed.get('hearth') as Bridge;
  hearthMenu = fake.exposed.get('hearthMenu') as MenuBridge;
});

beforeEach(() => {
  fake.calls.length = 0;
});

describe('preload', () => {
  it('exposes window.hearth and window.hearthMenu, nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['hearth', 'hearthMenu']);
    expect(Object.keys(hearthMenu)).toEqual(['onCommand']);
  });

  it("passes the menu's commands to the page, only known ones, and stops when asked", () => {
    const heard: MenuCommand[] = [];
    const stop = hearthMenu.onCommand((...args: unknown[]) => {
      // The command alone: the IPC event never reaches the page.
      expect(args).toHaveLength(1);
      heard.push(args[0] as MenuCommand);
    });
    for (const command of MENU_COMMANDS) sendToRenderer(MENU_CHANNEL, command);
    // Anything else on the channel (a typo, an object, a second argument smuggled along) is dropped.
    sendToRenderer(MENU_CHANNEL, 'reload');
    sendToRenderer(MENU_CHANNEL, { command: 'search' });
    sendToRenderer(MENU_CHANNEL);
    sendToRenderer('hearth:vaults.unlock', 'search');
    expect(heard).toEqual([...MENU_COMMANDS]);
    stop();
    expect(sendToRenderer(MENU_CHANNEL, 'search')).toBe(0);
    expect(heard).toHaveLength(MENU_COMMANDS.length);
  });

  it("has exactly the contract's areas and method names, all of them functions", () => {
    expect(Object.keys(hearth).sort()).toEqual(Object.keys(contract).sort());
    for (const [area, group] of Object.entries(contract)) {
      const exposed = (hearth as unknown as Record<string, Record<string, unknown>>)[area]!;
      expect(Object.keys(exposed).sort(), area).toEqual(Object.keys(group).sort());
      for (const name of Object.keys(group)) expect(typeof exposed[name], `${area}.${name}`).toBe('function');
    }
    expect(methods.length).toBeGreaterThan(0);
  });

  it('calls ipcRenderer.invoke with the method channel and argument, and resolves to its Result', async () => {
    fake.invoke = async (channel, ...args) => ({ ok: true, value: { channel, args } });
    const arg = { vaultId: 'v1', passphrase: 'correct horse battery staple' };
    const result = await hearth.vaults.unlock(arg as never);
    expect(fake.calls).toEqual([{ api: 'ipcRenderer.invoke', args: ['hearth:vaults.unlock', arg] }]);
    expect(result).toEqual({ ok: true, value: { channel: 'hearth:vaults.unlock', args: [arg] } });
  });

  it('sends no argument for no-argument methods', async () => {
    fake.invoke = async () => ({ ok: true, value: 'status' });
    await hearth.app.status();
    expect(fake.calls).toEqual([{ api: 'ipcRenderer.invoke', args: ['hearth:app.status'] }]);
  });

  it('resolves (never rejects) to a failed Result, keeping code and message', async () => {
    const error = { code: 'WRONG_PASSPHRASE', message: 'That passphrase does not open this vault.' };
    fake.invoke = async () => ({ ok: false, error });
    await expect(hearth.vaults.unlock({} as never)).resolves.toEqual({ ok: false, error });
  });

  it('turns a broken channel or an odd answer into an INTERNAL Result', async () => {
    fake.invoke = async () => {
      throw new Error("Error invoking remote method 'hearth:app.status'");
    };
    const thrown = await hearth.app.status();
    expect(thrown.ok).toBe(false);
    if (!thrown.ok) expect(thrown.error.code).toBe('INTERNAL');
    fake.invoke = async () => 'not a result';
    const odd = await hearth.app.status();
    expect(odd.ok).toBe(false);
    if (!odd.ok) expect(odd.error.code).toBe('INTERNAL');
  });
});
