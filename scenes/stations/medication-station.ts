/**
 * The medication station, in the exam room: the provider's order on the chart (prescriber,
 * vaccine, dose, route, signed or verbal), the chart's allergies, hand hygiene and
 * identification, the storage units with their min/max logs, the vials with their labels
 * (drug, strength, lot, expiry; a multi-dose vial's opened date), the label read three
 * times, the dose drawn up with the needle chosen (gauge × length), the Vaccine
 * Information Statement handed over from the shelf of editions, the site chosen on the body
 * outline (pointer, or the keyboard: Tab and the arrow keys over the sites, or the list),
 * the route, angle and aspiration, the syringe into the sharps container, the record form,
 * the state registry entry, and the observation chair with its timer and what happens in it.
 *
 * Every choice a real MA has is offered, the wrong ones too (an expired vial, the outdated
 * VIS, recapping, skipping the observation); the medication machine judges. The pictures
 * are Phaser (`medication-tray-scene.ts`); every control is HTML.
 */
import type { TraineeAction, TraineeActionType } from '../../src/clinic/trainee-action';
import { displayName } from '../../src/domain/patient';
import { ageInMonths } from '../../src/reference/iso-date';
import { TESTS, type OrderableTest, type TestId } from '../../src/reference/tests';
import type { ScenarioPatient } from '../../src/scenario/scenario.schema';
import type { ActionOutcome, Session } from '../../src/session/session';
import {
  INJECTION_SITES,
  INSERTION_ANGLES,
  type InjectionSite,
  type InsertionAngle,
  LABEL_CHECK_MOMENTS,
  type LabelCheckMoment,
  MEDICATION_ROUTES,
  type MedicationRoute,
  NEEDLE_GAUGES,
  NEEDLE_LENGTHS,
  type NeedleGauge,
  type NeedleLength,
  ORDER_RETURN_REASONS,
  type OrderReturnReason,
} from '../../src/workflows/medication/medication.actions';
import { element } from '../dom';
import { actionButton, buttonGroup, buttonRow, checkbox, factList, fieldGrid, isListed, keyedButton, liveRegion, openWhen, paragraph, problemLine, radioGroup, selectField, step, textField, type Choice } from './kit/controls';
import { redraw } from './kit/redraw';
import { emptyIdentifyDraft, identificationText, identifyAction, identifyControls, type IdentifyDraft } from './identify-controls';
import { mountInstrumentGame, type InstrumentGame } from './instrument-game';
import { BODY_SIZE, bodyBuild, bodyGeometry, InjectionSiteScene, MedicationTrayScene, TRAY_SIZE, type TrayView, type UnitPicture } from './medication-tray-scene';
import { patientCard } from './patient-card';
import type { Station, StationContext, StationHost, StationInstance } from './station';
import './clinical-stations.css';
import './medication-station.css';
