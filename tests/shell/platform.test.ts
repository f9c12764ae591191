import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { createElectronPlatform } from '../../src/main/platform';
import { BrowserWindow, fake, resetFake } from './fake-electron';

let win: BrowserWindow | null;
const platform = createElectronPlatform(() => win as unknown as ElectronWindow | null);

beforeEach(() => {
  resetFake();
  win = new BrowserWindow({});
});

describe('createElectronPlatform', () => {
  it('asks for a folder, modal to the window, with folder creation and no recent-documents entry', async () => {
    fake.openDialogAnswer = { canceled: false, filePaths: ['/home/us/Hearth'] };
    await expect(platform.chooseFolder('Choose where to keep the vault')).resolves.toBe('/home/us/Hearth');
    const call = fake.calls.find((c) => c.api === 'dialog.showOpenDialog')!;
    expect(call.args[0]).toBe(win);
    expect(call.args[1]).toMatchObject({ title: 'Choose where to keep the vault' });
    expect((call.args[1] as { properties: string[] }).properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory', 'dontAddToRecent']));
  });

  it('returns null when the folder dialog is cancelled', async () => {
    await expect(platform.chooseFolder('Choose')).resolves.toBeNull();
  });

  it('asks where to save with the suggested file name only: no default folder, no recent-documents entry', async () => {
    fake.saveDialogAnswer = { canceled: false, filePath: '/home/us/Desktop/kit.pdf' };
    const options = { title: 'Save the file', defaultName: 'kit.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    await expect(platform.chooseSavePath(options)).resolves.toBe('/home/us/Desktop/kit.pdf');
    const call = fake.calls.find((c) => c.api === 'dialog.showSaveDialog')!;
    expect(call.args[1]).toMatchObject({ title: options.title, defaultPath: 'kit.pdf', filters: options.filters });
    expect((call.args[1] as { properties: string[] }).properties).toContain('dontAddToRecent');
    // A name that carries a folder is cut down to the name: the dialog opens where the system would.
    await platform.chooseSavePath({ ...options, defaultName: '/fake/documents/notes.pdf' });
    const second = fake.calls.filter((c) => c.api === 'dialog.showSaveDialog')[1]!;
    expect((second.args[1] as { defaultPath: string }).defaultPath).toBe('notes.pdf');
  });

  it('returns null when the save dialog is cancelled, and works without a window', async () => {
    win = null;
    await expect(platform.chooseSavePath({ title: 't', defaultName: 'a.pdf', filters: [] })).resolves.toBeNull();
    const call = fake.calls.find((c) => c.api === 'dialog.showSaveDialog')!;
    expect(call.args).toHaveLength(1);
  });

  it('asks for one file to open (an import), modal, without a recent-documents entry; null when cancelled', async () => {
    fake.openDialogAnswer = { canceled: false, filePaths: ['/home/us/export.json'] };
    const options = { title: 'Choose a file to import', filters: [{ name: 'Exports', extensions: ['json', 'zip'] }] };
    await expect(platform.chooseOpenFile!(options)).resolves.toBe('/home/us/export.json');
    const call = fake.calls.find((c) => c.api === 'dialog.showOpenDialog')!;
    expect(call.args[0]).toBe(win);
    expect(call.args[1]).toMatchObject({ title: options.title, filters: options.filters });
    const properties = (call.args[1] as { properties: string[] }).properties;
    expect(properties).toEqual(expect.arrayContaining(['openFile', 'dontAddToRecent']));
    expect(properties).not.toContain('openDirectory');
    fake.openDialogAnswer = { canceled: true, filePaths: [] };
    await expect(platform.chooseOpenFile!(options)).resolves.toBeNull();
  });

  it('never adds anything to the recent documents', async () => {
    fake.openDialogAnswer = { canceled: false, filePaths: ['/x'] };
    fake.saveDialogAnswer = { canceled: false, filePath: '/y' };
    await platform.chooseFolder('a');
    await platform.chooseSavePath({ title: 'b', defaultName: 'b', filters: [] });
    expect(fake.calls.some((c) => c.api === 'app.addRecentDocument')).toBe(false);
  });
});
