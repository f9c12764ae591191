/**
 * The titles of the system's file dialogs and their file-type names (src/core/vaults, src/core/transfer), and the
 * box shown when Hearth cannot start at all (src/main/index.ts).
 */
const dialogs = {
  chooseFolder: 'Choose a folder for Hearth',
  saveProtectedExport: 'Save the protected export',
  saveExport: 'Save the export (not encrypted)',
  exportFiles: 'Hearth export',
  chooseImport: 'Choose a file to import',
  importFiles: 'Hearth exports and journal exports',
  allFiles: 'All files',
  startFailed: 'Hearth could not start',
};

export default dialogs;
