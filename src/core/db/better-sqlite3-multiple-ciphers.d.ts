// better-sqlite3-multiple-ciphers 13 ships its types (index.d.ts) but names them in no "exports" condition, so
// TypeScript's bundler resolution cannot find them. This gives the package its own types back; the alias is a
// type-only name (tsconfig.base.json "paths"), so no tool ever loads it at run time.
declare module 'better-sqlite3-multiple-ciphers' {
  // The package's types are CommonJS (`export =`), so only this import form can re-export them whole.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  import Database = require('#sqlite-driver-types');
  export = Database;
}
