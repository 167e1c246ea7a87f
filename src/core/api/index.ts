export * from './errors';
export * from './define';
export * from './ids';
export * from './app';
export * from './drafts';
export * from './versions';
export * from './sources';
export * from './contract';
