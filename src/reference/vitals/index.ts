/**
 * Vitals depth (issue 18): children's blood pressure by the AAP 2017 tables, temperature by
 * route, orthostatic vital signs and pain scales by age, each fact sourced.
 */
export * from './terms';
export * from './child-blood-pressure';
export * from './temperature-routes';
export * from './orthostatic';
export * from './pain-scales';
export * from './flacc';
export * from './range-checks';
export * from './young-child-measures';
