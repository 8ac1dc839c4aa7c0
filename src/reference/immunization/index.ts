/**
 * The immunisation reference: vaccine products, VIS editions, injection technique, storage,
 * observation, the administration record and the administration codes, each fact sourced.
 */
export * from './terms';
export * from './vaccines';
export * from './vis';
export * from './injection-technique';
export * from './storage';
export * from './observation';
export * from './record';
export * from './administration-codes';
export * from './administration-rights';
export * from './tuberculin';
