import { describe, expect, it } from 'vitest';
import { EXPORT_KIND_LABELS, EXPORT_KINDS } from '../../../shared/therapyExport';
import { kindLabel } from './export.svelte';

describe('the kinds of entry on the export screen', () => {
  it('are named in English as the PDF names them (EXPORT_KIND_LABELS)', () => {
    for (const kind of EXPORT_KINDS) expect(kindLabel(kind), kind).toBe(EXPORT_KIND_LABELS[kind].many);
  });
});
