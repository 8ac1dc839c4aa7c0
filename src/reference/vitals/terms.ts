/**
 * The closed lists the vitals-depth tables speak in: temperature routes, the sexes the
 * children's BP tables are published for, and the height-percentile columns of those tables.
 *
 * The vitals workflow and the scenario schema can take these lists from here, so a choice on
 * the screen and the table that judges it speak the same words.
 */

/** Where a temperature is taken (the order the vitals station lists them). */
export const TEMPERATURE_ROUTES = ['oral', 'tympanic', 'temporal', 'axillary', 'rectal'] as const;
/** One temperature route. */
export type TemperatureRoute = (typeof TEMPERATURE_ROUTES)[number];

/** The sexes the AAP 2017 BP tables are published for (there is no table for an unknown sex). */
export const CHILD_BP_SEXES = ['female', 'male'] as const;
/** One sex of the children's BP tables. */
export type ChildBpSex = (typeof CHILD_BP_SEXES)[number];

/** The height-percentile columns of the AAP 2017 BP tables, left to right. */
export const HEIGHT_PERCENTILE_COLUMNS = [5, 10, 25, 50, 75, 90, 95] as const;
/** One height-percentile column. */
export type HeightPercentileColumn = (typeof HEIGHT_PERCENTILE_COLUMNS)[number];

/** A blood pressure in mmHg. */
export interface Bp {
  readonly systolic: number;
  readonly diastolic: number;
}
