import type { BrowserWindow, IpcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methods } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';
import type { Dispatcher } from '../../src/core/dispatcher';
import { createFrameGuard, registerIpc } from '../../src/main/ipc';
import { BrowserWindow as FakeWindow, FakeFrame, fake, ipcEvent, ipcMain, resetFake } from './fake-electron';

function fakeDispatcher(): Dispatcher & { dispatch: ReturnType<typeof vi.fn> } {
  return {
    channels: methods.map((entry) => entry.channel),
    dispatch: vi.fn(async (channel: string, args: readonly unknown[]): Promise<Result<unknown>> => ({ ok: true, value: { channel, args } })),
  };
}

let win: FakeWindow;
let dispatcher: ReturnType<typeof fakeDispatcher>;
let warn: ReturnType<typeof vi.spyOn>;

function setup(devUrl?: string): void {
  win = new FakeWindow({});
  void win.loadURL(devUrl ?? 'app://hearth/index.html');
  dispatcher = fakeDispatcher();
  registerIpc(ipcMain as unknown as IpcMain, dispatcher, createFrameGuard(() => win as unknown as BrowserWindow, devUrl));
}

async function call(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

beforeEach(() => {
  resetFake();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('registerIpc', () => {
  it('registers exactly one handler per contract method', () => {
    setup();
    const registered = fake.calls.filter((c) => c.api === 'ipcMain.handle').map((c) => c.args[0]);
    expect(registered).toEqual(methods.map((entry) => entry.channel));
    expect(new Set(registered).size).toBe(methods.length);
    expect(fake.calls.some((c) => c.api === 'ipcMain.on')).toBe(false);
  });

  it('hands a call from the app window to the dispatcher and returns its Result', async () => {
    setup();
    const arg = { vaultId: 'v1', passphrase: 'correct horse' };
    const result = await call('hearth:vaults.unlock', ipcEvent(win.webContents, win.webContents.mainFrame), arg);
    expect(result).toEqual({ ok: true, value: { channel: 'hearth:vaults.unlock', args: [arg] } });
    expect(dispatcher.dispatch).toHaveBeenCalledWith('hearth:vaults.unlock', [arg]);
  });

  it('passes no-argument calls through as an empty argument list', async () => {
    setup();
    await call('hearth:app.status', ipcEvent(win.webContents, win.webContents.mainFrame));
    expect(dispatcher.dispatch).toHaveBeenCalledWith('hearth:app.status', []);
  });

  it('refuses calls from anywhere but the main frame of the app window, and logs one line without the arguments', async () => {
    setup();
    const other = new FakeWindow({});
    void other.loadURL('app://hearth/index.html');
    const subframe = new FakeFrame('app://hearth/index.html', win.webContents.mainFrame);
    const foreigners = [
      ipcEvent(win.webContents, null),
      ipcEvent(win.webContents, subframe),
      ipcEvent(other.webContents, other.webContents.mainFrame),
      ipcEvent(win.webContents, other.webContents.mainFrame),
      ipcEvent(null, win.webContents.mainFrame),
    ];
    for (const event of foreigners) {
      const result = (await call('hearth:vaults.unlock', event, { passphrase: 'secret passphrase' })) as Result<unknown>;
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    expect(dispatcher.dispatch).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(foreigners.length);
    for (const args of warn.mock.calls) {
      expect(args).toHaveLength(1);
      expect(String(args[0])).not.toContain('secret passphrase');
    }
  });

  it('refuses the app window once it shows another origin', async () => {
    setup();
    win.webContents.mainFrame.url = 'https://example.org/';
    const result = (await call('hearth:app.status', ipcEvent(win.webContents, win.webContents.mainFrame))) as Result<unknown>;
    expect(result.ok).toBe(false);
    win.webContents.mainFrame.url = 'http://localhost:5173/';
    expect(((await call('hearth:app.status', ipcEvent(win.webContents, win.webContents.mainFrame))) as Result<unknown>).ok).toBe(false);
    expect(dispatcher.dispatch).not.toHaveBeenCalled();
  });

  it('accepts the dev server origin in development', async () => {
    setup('http://localhost:5173/');
    const result = (await call('hearth:app.status', ipcEvent(win.webContents, win.webContents.mainFrame))) as Result<unknown>;
    expect(result.ok).toBe(true);
  });

  it('refuses every call once the window is gone', async () => {
    setup();
    win.close();
    const result = (await call('hearth:app.status', ipcEvent(win.webContents, win.webContents.mainFrame))) as Result<unknown>;
    expect(result.ok).toBe(false);
  });

  it('refuses to start with a dispatcher that lacks a contract method, and can unregister', () => {
    const partial: Dispatcher = { channels: methods.slice(1).map((m) => m.channel), dispatch: vi.fn() };
    expect(() => registerIpc(ipcMain as unknown as IpcMain, partial, () => true)).toThrow(methods[0]!.channel);
    const unregister = registerIpc(ipcMain as unknown as IpcMain, fakeDispatcher(), () => true);
    expect(fake.ipcHandlers.size).toBe(methods.length);
    unregister();
    expect(fake.ipcHandlers.size).toBe(0);
  });
});
