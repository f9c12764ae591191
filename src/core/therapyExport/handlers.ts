import type { CoreApi } from '../../shared/contract';
import type { Calls } from '../calls';
import type { ExportService } from './export-service';

export function therapyExportHandlers(therapyExport: ExportService, { serial, outside }: Calls): CoreApi['therapyExport'] {
  return {
    candidates: (selection) => serial(() => therapyExport.candidates(selection)),
    preview: (input) => serial(() => therapyExport.preview(input)),
    save: (input) => serial(() => therapyExport.save(input)),
    // Outside the queue: they must answer while a save holds it.
    progress: () => outside(() => therapyExport.progress()),
    cancel: () => outside(() => therapyExport.cancel()),
  };
}
