/**
 * The 12-lead ECG reference: the terms, electrode placement and what misplacement does, the
 * artefacts and their remedies, the standard settings and patient preparation, the tracing a
 * recording gives, and the ECG codes, each fact sourced.
 */
export * from './terms';
export * from './placement';
export * from './artefacts';
export * from './settings';
export * from './tracing';
export * from './coding';
