export * from './contract';
export * from './domain';
export * from './errors';
export * from './text';
export * from './drafts';
export * from './search';
export * from './timeline';
