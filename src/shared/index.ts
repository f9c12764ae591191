export * from './contract';
export * from './domain';
export * from './errors';
export * from './text';
