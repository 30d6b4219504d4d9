export * from './article';
export * from './body';
export * from './contract';
export * from './errors';
export * from './settings';
export * from './photo';
export * from './source';
