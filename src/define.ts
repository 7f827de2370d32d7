/** Registers every element (side effects only). The package root points here. @module */
export * from './index.js';
