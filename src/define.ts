/** The package root: registers every element and re-exports the public API. @module */
import './register.js';

export * from './index.js';
