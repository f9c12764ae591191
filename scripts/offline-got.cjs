// Preloaded into the Electronegativity process by security-scan.mjs (node --require).
// The scanner fetches translations and Electron's release list with `got` 11, which crashes Node 22 and later when
// a failed request is retried. A test run sends nothing anywhere, so the scanner's copy of `got` is replaced by one
// that fails at once, as on a machine with no network; the scan itself reads only local files.
const gotPath = require.resolve('got', { paths: [require.resolve('@doyensec/electronegativity')] });
const offline = () => Promise.reject(Object.assign(new Error('the security scan runs offline'), { code: 'ENOTFOUND' }));
offline.head = offline;
offline.default = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline, children: [], paths: [] };
