export { createCore, type Core, type CoreOptions } from './core';
export { createDispatcher, type Dispatcher } from './dispatcher';
export type { Clock, Platform, SaveFileOptions } from './platform';
export type { KdfParams } from './keys/kdf';
