import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LanguageService } from '../../src/core/language/language-service';
import type { OpenFileOptions, SaveFileOptions } from '../../src/core/platform';
import type { Words } from '../../src/core/i18n/words';
import { COMPLETE_LANGUAGES, LANGUAGES, spokenLanguage } from '../../src/shared/language';
import { dispatcherFor, fakePlatform, newCore, newVault, tempDir } from './helpers';

describe('Settings › Language, per computer', () => {
  it('follows the system until a language is chosen, and keeps the choice beside the vault list', async () => {
    const t = newCore();
    expect(await t.core.language.get()).toEqual({ chosen: null });
    expect(await t.core.language.set({ chosen: 'de' })).toEqual({ chosen: 'de' });
    expect(JSON.parse(readFileSync(join(t.dataDir, 'language.json'), 'utf8'))).toEqual({ chosen: 'de' });
    const restarted = newCore({ dataDir: t.dataDir });
    expect(await restarted.core.language.get()).toEqual({ chosen: 'de' });
    await restarted.core.language.set({ chosen: null });
    expect(await newCore({ dataDir: t.dataDir }).core.language.get()).toEqual({ chosen: null });
  });

  it('refuses a language Hearth has no catalogue for, and reads a damaged file as "the system\'s"', async () => {
    const t = newCore();
    const d = dispatcherFor(t);
    for (const bad of [{ chosen: 'fr' }, { chosen: 'DE' }, { chosen: '' }, { chosen: 'de', extra: 1 }, {}]) {
      expect(await d.dispatch('hearth:language.set', [bad])).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    writeFileSync(join(t.dataDir, 'language.json'), '{"chosen": "kl');
    expect(await newCore({ dataDir: t.dataDir }).core.language.get()).toEqual({ chosen: null });
    writeFileSync(join(t.dataDir, 'language.json'), '{"chosen": "xx"}');
    expect(await newCore({ dataDir: t.dataDir }).core.language.get()).toEqual({ chosen: null });
  });
});

describe('the language Hearth speaks (spokenLanguage)', () => {
  it('is the one chosen, whatever the system speaks', () => {
    for (const chosen of LANGUAGES) {
      expect(spokenLanguage(chosen, [])).toBe(chosen);
      expect(spokenLanguage(chosen, ['en-GB', 'de-DE', 'fr-FR'])).toBe(chosen);
    }
  });

  it('else the first of the system languages that every screen speaks, by its primary tag in any case; else English', () => {
    for (const complete of COMPLETE_LANGUAGES) {
      expect(spokenLanguage(null, ['fr-FR', `${complete.toUpperCase()}-XX`, 'en-GB'])).toBe(complete);
      expect(spokenLanguage(null, [complete])).toBe(complete);
    }
    // A language still being translated is never followed from the system: it must be chosen.
    for (const partial of LANGUAGES.filter((l) => !COMPLETE_LANGUAGES.includes(l))) {
      expect(spokenLanguage(null, [`${partial}-AT`])).toBe('en');
      expect(spokenLanguage(null, [`${partial}-AT`, 'en-US'])).toBe('en');
    }
    expect(spokenLanguage(null, [])).toBe('en');
    expect(spokenLanguage(null, ['fr-FR', 'ja', 'kl'])).toBe('en');
  });
});

describe('LanguageService.words and onChange', () => {
  it('speaks the chosen language, else the system’s, and tells its listeners at each choice until they unsubscribe', () => {
    const service = new LanguageService(tempDir(), () => ['fr-CA', 'de-DE']);
    expect(service.words().language).toBe(spokenLanguage(null, ['fr-CA', 'de-DE']));
    const heard: Words[] = [];
    const stop = service.onChange((words) => heard.push(words));
    service.set({ chosen: 'de' });
    expect(service.words().language).toBe('de');
    expect(heard.map((w) => w.language)).toEqual(['de']);
    expect(heard[0]!.day('2026-03-04')).toBe('4. März 2026');
    expect(heard[0]!.t('reminder.body')).toBe('Zeit für euer Gespräch');
    service.set({ chosen: 'en' });
    expect(heard.map((w) => w.language)).toEqual(['de', 'en']);
    expect(service.words().day('2026-03-04')).toBe('4 March 2026');
    stop();
    service.set({ chosen: 'de' });
    expect(heard).toHaveLength(2);
  });

  it('reaches the shell through the core (words, onLanguageChange)', async () => {
    const t = newCore();
    expect(t.raw.words().language).toBe('en');
    const heard: string[] = [];
    const stop = t.raw.onLanguageChange((words) => heard.push(words.t('menu.file')));
    await t.core.language.set({ chosen: 'de' });
    expect(t.raw.words().language).toBe('de');
    expect(heard).toEqual(['Datei']);
    stop();
    await t.core.language.set({ chosen: null });
    expect(heard).toEqual(['Datei']);
  });
});

describe('the system dialogs’ titles', () => {
  it('are in the language spoken: choosing a folder, saving an export and choosing a file to import', async () => {
    const asked: string[] = [];
    const filters: string[] = [];
    const platform = Object.assign(fakePlatform(), {
      async chooseFolder(title: string) {
        asked.push(title);
        return null;
      },
      async chooseSavePath(options: SaveFileOptions) {
        asked.push(options.title);
        filters.push(...options.filters.map((f) => f.name));
        return null;
      },
      async chooseOpenFile(options: OpenFileOptions) {
        asked.push(options.title);
        filters.push(...options.filters.map((f) => f.name));
        return null;
      },
    });
    const v = await newVault(newCore({ platform }));
    const all = async () => {
      await v.core.vaults.chooseFolder();
      await v.core.transfer.exportAll({ passphrase: 'a long enough export passphrase' });
      await v.core.transfer.exportAll({});
      await v.core.transfer.chooseFile();
    };
    await all();
    expect(asked).toEqual(['Choose a folder for Hearth', 'Save the protected export', 'Save the export (not encrypted)', 'Choose a file to import']);
    expect(filters).toEqual(['Hearth export', 'Hearth export', 'Hearth exports and journal exports', 'All files']);
    asked.length = 0;
    filters.length = 0;
    await v.core.language.set({ chosen: 'de' });
    await all();
    expect(asked).toEqual(['Einen Ordner für Hearth wählen', 'Den geschützten Export speichern', 'Den Export speichern (nicht verschlüsselt)', 'Eine Datei zum Importieren wählen']);
    expect(filters).toEqual(['Hearth-Export', 'Hearth-Export', 'Hearth-Exporte und Exporte aus Tagebuch-Apps', 'Alle Dateien']);
  });
});
