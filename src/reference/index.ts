/**
 * Clinical and billing reference data: every entry with its source and, for code sets,
 * effective dates. Pure data and pure functions; dates are ISO strings.
 */
export * from './source';
export * from './iso-date';
export * from './vital-signs';
export * from './order-of-draw';
export * from './tests';
export * from './icd10cm';
export * from './cpt-hcpcs';
export * from './preventive-visits';
export * from './modifiers';
export * from './payers';
export * from './action-costs';
export * from './competencies';
export * from './immunization';
export * from './ecg';
export * from './red-flag-symptoms';
