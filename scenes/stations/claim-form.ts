/**
 * The claim drawn as the CMS-1500 (02/12) paper form: its boxes in their places with their
 * numbers, the fields the practice system fills from the chart shown as printed, and the
 * fields the trainee fills — 1a, 21 A–L, 23 and the service lines of 24 — as labelled,
 * keyboard-operable inputs, the code boxes with code search. Scrubber edits mark the box
 * they concern with a sign and their text, never with colour alone.
 */
import { element } from '../dom';
import { codeCombobox } from './code-combobox';
import { describeDiagnosis, describeProcedure, searchDiagnoses, searchProcedures } from './code-search';
import { claimFieldId, cleanPointers, type ClaimDraft, type ClaimFieldKind, type LineDraft } from './claim-form-model';
import { formatDollars } from '../../src/domain/money';
import { DIAGNOSIS_LETTERS } from '../../src/workflows/billing/billing.actions';
import type { ClaimHeader } from '../../src/workflows/billing/claim';

/** What the form shows besides the draft. */
export interface ClaimFormOptions {
  readonly header: ClaimHeader;
  readonly draft: ClaimDraft;
  readonly editable: boolean;
  readonly payerName: string;
  /** Box 1: Medicare, Medicaid, group health plan… as the payer's plan says. */
  readonly coverageType: string;
  readonly billingProviderName: string;
  /** Box 22: shown when the claim goes out again after a denial. */
  readonly resubmission: boolean;
  /** Scrubber messages by field id (`claimFieldId`). */
  readonly flags: ReadonlyMap<string, readonly string[]>;
  /** Called after any change of a field. */
  readonly onChange: () => void;
}

/** The drawn form. */
export interface ClaimForm {
  readonly root: HTMLElement;
  /** The form as the trainee has filled it now. */
  read(): ClaimDraft;
}

let formCount = 0;

function box(number: string, title: string, className = ''): { box: HTMLElement; labelId: string } {
  formCount += 1;
  const node = element('div', `cms-box ${className}`.trim());
  const label = element('span', 'cms-label');
  label.id = `cms-label-${formCount}`;
  label.append(element('span', 'cms-number', number), document.createTextNode(` ${title}`));
  node.append(label);
  node.setAttribute('role', 'group');
  node.setAttribute('aria-labelledby', label.id);
  return { box: node, labelId: label.id };
}

function printed(text: string): HTMLElement {
  return element('span', 'cms-printed', text);
}

function textInput(id: string, label: string, value: string, editable: boolean, className: string, onChange: () => void): HTMLInputElement {
  const input = element('input', `cms-input ${className}`);
  input.id = id;
  input.type = 'text';
  input.value = value;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.readOnly = !editable;
  input.setAttribute('aria-label', label);
  input.addEventListener('input', onChange);
  return input;
}

function flag(field: HTMLElement, id: string, flags: ReadonlyMap<string, readonly string[]>): HTMLElement | null {
  const messages = flags.get(id);
  if (!messages || messages.length === 0) return null;
  const note = element('span', 'cms-flag');
  note.id = `${id}-flag`;
  note.append(element('span', 'cms-flag-sign', '!'), document.createTextNode(` ${messages.join(' ')}`));
  note.querySelector('.cms-flag-sign')?.setAttribute('aria-hidden', 'true');
  const target = field instanceof HTMLInputElement ? field : field.querySelector('input');
  if (target) {
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', `${target.getAttribute('aria-describedby') ?? ''} ${note.id}`.trim());
  }
  field.classList.add('cms-flagged');
  return note;
}

function fieldId(kind: ClaimFieldKind, index: number): string {
  return claimFieldId(kind, index);
}

function birthDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${month ?? ''} ${day ?? ''} ${year ?? ''}`;
}

/** Builds the form. */
export function claimForm(options: ClaimFormOptions): ClaimForm {
  const { header, draft, editable, flags, onChange } = options;
  const date = header.dateOfService;
  const root = element('div', 'cms1500');

  const top = element('div', 'cms-top');
  const title = element('p', 'cms-title', 'HEALTH INSURANCE CLAIM FORM');
  const edition = element('p', 'cms-edition', 'CMS-1500 (02/12) · NUCC');
  const carrier = element('p', 'cms-carrier', options.payerName);
  carrier.setAttribute('aria-label', `Payer: ${options.payerName}`);
  top.append(element('div', 'cms-top-text'), carrier);
  top.firstElementChild?.append(title, edition);
  root.append(top);

  const grid = element('div', 'cms-grid');
  const member = box('1a', 'INSURED’S I.D. NUMBER', 'cms-span-2');
  const memberInput = textInput(fieldId('member', 0), 'Box 1a, insured’s ID number', draft.memberId, editable, 'cms-input-wide', onChange);
  member.box.append(memberInput);
  const memberFlag = flag(memberInput, memberInput.id, flags);
  if (memberFlag) member.box.append(memberFlag);

  const name = box('2', 'PATIENT’S NAME (Last, First, MI)');
  name.box.append(printed(header.patientName));
  const born = box('3', 'PATIENT’S BIRTH DATE · SEX');
  born.box.append(printed(`${birthDate(header.patientDateOfBirth)} · ${header.patientSex === 'male' ? 'M' : header.patientSex === 'female' ? 'F' : header.patientSex}`));
  const kind = box('1', 'TYPE OF COVERAGE', 'cms-span-2');
  kind.box.append(printed(options.coverageType));
  const group = box('11', 'INSURED’S POLICY GROUP NUMBER', 'cms-span-2');
  group.box.append(printed(header.groupNumber ?? '—'));
  grid.append(member.box, name.box, born.box, kind.box, group.box);

  const diagnoses = box('21', 'DIAGNOSIS OR NATURE OF ILLNESS OR INJURY', 'cms-span-4 cms-diagnoses');
  const indicator = element('p', 'cms-indicator');
  indicator.append(document.createTextNode('ICD Ind. '), element('span', 'cms-printed cms-indicator-value', header.icdIndicator));
  const dxGrid = element('div', 'cms-dx-grid');
  const dxInputs: HTMLInputElement[] = [];
  DIAGNOSIS_LETTERS.forEach((letter, index) => {
    const cell = element('div', 'cms-dx');
    const label = element('label', 'cms-dx-letter', `${letter}.`);
    const id = fieldId('dx', index);
    label.htmlFor = id;
    const combo = codeCombobox({
      id,
      label: `Box 21${letter}, diagnosis ${letter} (ICD-10-CM)`,
      value: draft.diagnoses[index] ?? '',
      readOnly: !editable,
      search: (query) => searchDiagnoses(query, date),
      describe: (code) => describeDiagnosis(code, date),
      onChange,
    });
    dxInputs.push(combo.input);
    cell.append(label, combo.root);
    const note = flag(combo.root, id, flags);
    if (note) cell.append(note);
    dxGrid.append(cell);
  });
  diagnoses.box.append(indicator, dxGrid);
  grid.append(diagnoses.box);

  const resubmission = box('22', 'RESUBMISSION CODE', 'cms-span-2');
  resubmission.box.append(printed(options.resubmission ? '7 — corrected claim' : '—'));
  const authorization = box('23', 'PRIOR AUTHORIZATION NUMBER', 'cms-span-2');
  const authInput = textInput(fieldId('auth', 0), 'Box 23, prior authorization number', draft.priorAuthorizationNumber, editable, 'cms-input-wide', onChange);
  authorization.box.append(authInput);
  const authFlag = flag(authInput, authInput.id, flags);
  if (authFlag) authorization.box.append(authFlag);
  grid.append(resubmission.box, authorization.box);
  root.append(grid);

  const lines = serviceLines(options, date);
  root.append(lines.root);

  const bottom = element('div', 'cms-grid cms-bottom');
  const tax = box('25', 'FEDERAL TAX I.D. NUMBER · EIN');
  tax.box.append(printed(header.federalTaxId));
  const total = box('28', 'TOTAL CHARGE');
  const totalValue = printed('');
  totalValue.classList.add('cms-total');
  total.box.append(totalValue);
  const billing = box('33', 'BILLING PROVIDER', 'cms-span-2');
  billing.box.append(printed(options.billingProviderName), element('span', 'cms-npi', `a. NPI ${header.billingNpi ?? '—'}`));
  bottom.append(tax.box, total.box, billing.box);
  root.append(bottom);

  const read = (): ClaimDraft => ({
    memberId: memberInput.value,
    priorAuthorizationNumber: authInput.value,
    diagnoses: dxInputs.map((input) => input.value),
    lines: lines.read(),
  });
  const refreshTotals = () => {
    const cents = lines.refreshCharges();
    totalValue.textContent = formatDollars(cents);
  };
  refreshTotals();
  root.addEventListener('input', refreshTotals);
  root.addEventListener('change', refreshTotals);
  return { root, read };
}

function serviceLines(options: ClaimFormOptions, date: string): { root: HTMLElement; read(): LineDraft[]; refreshCharges(): number } {
  const { header, draft, editable, flags, onChange } = options;
  const wrap = element('div', 'cms-lines-wrap');
  const table = element('table', 'cms-lines');
  const caption = element('caption', 'cms-lines-caption');
  caption.append(element('span', 'cms-number', '24'), document.createTextNode(' SERVICES, PROCEDURES AND SUPPLIES'));
  table.append(caption);
  const head = element('thead');
  const headRow = element('tr');
  const columns: [string, string][] = [
    ['', 'Line'],
    ['A', 'Date of service'],
    ['B', 'Place of service'],
    ['D', 'CPT/HCPCS'],
    ['D', 'Modifiers'],
    ['E', 'Diagnosis pointer'],
    ['F', '$ Charges'],
    ['G', 'Units'],
    ['J', 'Rendering NPI'],
  ];
  for (const [letter, text] of columns) {
    const th = element('th');
    th.scope = 'col';
    if (letter) th.append(element('span', 'cms-number', `24${letter}`), document.createTextNode(' '));
    th.append(document.createTextNode(text));
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head);

  const body = element('tbody');
  const rows: { code: HTMLInputElement; modifiers: HTMLInputElement[]; pointers: HTMLInputElement; units: HTMLInputElement; charge: HTMLElement }[] = [];
  draft.lines.forEach((line, index) => {
    const n = index + 1;
    const tr = element('tr');
    const rowHead = element('th', 'cms-line-number', String(n));
    rowHead.scope = 'row';
    tr.append(rowHead);
    const dateCell = element('td', 'cms-cell-printed', line.code.trim() === '' && !editable ? '' : date);
    const posCell = element('td', 'cms-cell-printed', line.code.trim() === '' && !editable ? '' : header.placeOfService);
    tr.append(dateCell, posCell);

    const codeCell = element('td', 'cms-cell-code');
    const code = codeCombobox({
      id: claimFieldId('code', index),
      label: `Line ${n}, CPT/HCPCS code (box 24D)`,
      value: line.code,
      readOnly: !editable,
      search: (query) => searchProcedures(query, date),
      describe: (typed) => describeProcedure(typed, date),
      onChange,
    });
    codeCell.append(code.root);
    const codeFlag = flag(code.root, code.input.id, flags);
    if (codeFlag) codeCell.append(codeFlag);

    const modifierCell = element('td', 'cms-cell-modifiers');
    const modifierBoxes = element('div', 'cms-modifiers');
    const modifiers = line.modifiers.map((modifier, m) => {
      const input = textInput(m === 0 ? claimFieldId('modifier', index) : `${claimFieldId('modifier', index)}-${m}`, `Line ${n}, modifier ${m + 1} (box 24D)`, modifier, editable, 'cms-input-modifier', onChange);
      input.maxLength = 2;
      modifierBoxes.append(input);
      return input;
    });
    modifierCell.append(modifierBoxes);
    const modifierFlag = flag(modifierBoxes, claimFieldId('modifier', index), flags);
    if (modifierFlag) modifierCell.append(modifierFlag);

    const pointerCell = element('td');
    const pointers = textInput(claimFieldId('pointers', index), `Line ${n}, diagnosis pointers A to L, primary first (box 24E)`, line.pointers, editable, 'cms-input-pointers', onChange);
    pointers.maxLength = 4;
    pointers.addEventListener('input', () => {
      const clean = cleanPointers(pointers.value);
      if (clean !== pointers.value) pointers.value = clean;
    });
    pointerCell.append(pointers);
    const pointerFlag = flag(pointers, pointers.id, flags);
    if (pointerFlag) pointerCell.append(pointerFlag);

    const charge = element('td', 'cms-cell-charge');
    const unitsCell = element('td');
    const units = textInput(claimFieldId('units', index), `Line ${n}, days or units (box 24G)`, line.units, editable, 'cms-input-units', onChange);
    units.inputMode = 'numeric';
    unitsCell.append(units);
    const unitsFlag = flag(units, units.id, flags);
    if (unitsFlag) unitsCell.append(unitsFlag);
    const npi = element('td', 'cms-cell-printed', line.code.trim() === '' && !editable ? '' : (header.renderingNpi ?? '—'));

    tr.append(codeCell, modifierCell, pointerCell, charge, unitsCell, npi);
    body.append(tr);
    rows.push({ code: code.input, modifiers, pointers, units, charge });
  });
  table.append(body);
  wrap.append(table);

  return {
    root: wrap,
    read: () =>
      rows.map((row) => ({
        code: row.code.value,
        modifiers: row.modifiers.map((input) => input.value),
        pointers: row.pointers.value,
        units: row.units.value,
      })),
    refreshCharges: () => {
      let total = 0;
      for (const row of rows) {
        const option = row.code.value.trim() === '' ? null : describeProcedure(row.code.value, date);
        const units = Math.max(1, Number.parseInt(row.units.value, 10) || 1);
        const cents = option?.chargeCents === undefined ? null : option.chargeCents * units;
        row.charge.textContent = row.code.value.trim() === '' ? '' : cents === null ? '—' : formatDollars(cents);
        total += cents ?? 0;
      }
      return total;
    },
  };
}
