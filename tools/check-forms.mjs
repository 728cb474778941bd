#!/usr/bin/env node
// Checks the Camunda Forms in forms/ against what the Camunda 7.24 Tasklist can render
// (form-js 1.x, schemaVersion 16) and against docs/process-design.md, and checks that every
// camunda:formRef in processes/*.bpmn resolves to exactly one form.
//
// Usage: node tools/check-forms.mjs   (exit code 1 and one line per problem when anything is wrong)
// No dependencies: plain JSON and a tolerant scan of the BPMN XML.

import { readFileSync, readdirSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FORMS_DIR = join(root, 'forms');
const PROCESSES_DIR = join(root, 'processes');

// The schema line the 7.24 Tasklist ships (form-js 1.x): newer schemas may use components it cannot render.
const MAX_SCHEMA_VERSION = 16;

// Component types the Camunda 7.24 Tasklist renders. Not supported there: filepicker, documentPreview, custom types.
const SUPPORTED_TYPES = new Set([
  'textfield', 'textarea', 'number', 'datetime', 'select', 'radio', 'checkbox', 'checklist', 'taglist',
  'text', 'html', 'table', 'group', 'dynamiclist', 'iframe', 'expression', 'separator', 'spacer', 'button'
]);
const KEYED_TYPES = new Set([
  'textfield', 'textarea', 'number', 'datetime', 'select', 'radio', 'checkbox', 'checklist', 'taglist', 'expression'
]);
const OPTION_TYPES = new Set([ 'select', 'radio', 'checklist', 'taglist' ]);
const CONTAINER_TYPES = new Set([ 'group', 'dynamiclist' ]);

// What each form submits, from docs/process-design.md (Forms) and CONTRACT.md (Tasks).
// Only these keys may be bound at the top level of a form: everything else is shown through
// text templating or tables, because Tasklist sends every keyed field back, readonly or not.
const SPEC = {
  form_district_review: {
    decision: { type: 'select', required: true, values: [ 'approve', 'return', 'reject' ] },
    // 退回补正, 不予支持, 异议成立 need a written reason (shown and required for those decisions only)
    reason: { type: 'textarea', required: true },
    comment: { type: 'textarea' }
  },
  form_city_review: {
    decision: { type: 'select', required: true, values: [ 'approve', 'reject' ] },
    // 退回补正, 不予支持, 异议成立 need a written reason (shown and required for those decisions only)
    reason: { type: 'textarea', required: true },
    comment: { type: 'textarea' }
  },
  form_investigate_objection: {
    decision: { type: 'select', required: true, values: [ 'dismiss', 'uphold' ] },
    // 退回补正, 不予支持, 异议成立 need a written reason (shown and required for those decisions only)
    reason: { type: 'textarea', required: true },
    comment: { type: 'textarea' }
  },
  form_supplement_application: {
    supplementAction: { type: 'select', required: true, values: [ 'resubmit', 'withdraw' ] },
    // The items are corrected in the portal (issue 11); the task carries only the answer.
    comment: { type: 'textarea' }
  },
  form_disburse: {
    paymentReference: { type: 'textfield', required: true },
    paymentDate: { type: 'datetime', required: true, subtype: 'date' },
    comment: { type: 'textarea' }
  },
  form_report_fund_use: {
    fundUseReport: { type: 'textarea', required: true }
  },
  form_report_district_plan: {
    confirmed: { type: 'checkbox', required: true },
    comment: { type: 'textarea' }
  },
  form_publish_notice: {
    noticeContact: { type: 'textarea', required: true },
    comment: { type: 'textarea' }
  },
  form_include_in_budget: {
    confirmed: { type: 'checkbox', required: true },
    comment: { type: 'textarea' }
  },
  form_release_funds: {
    releaseDocumentNo: { type: 'textfield', required: true },
    comment: { type: 'textarea' }
  }
};

// Item fields of CONTRACT.md (POST /api/quotes): the only keys the supplement form's item list may bind.
const ITEM_KEYS = new Set([
  'type', 'country', 'startDate', 'keyPlan', 'boothKind', 'booths', 'areaSqm', 'expenses', 'otherSubsidies',
  'boothFee', 'consumerFair', 'paidDate', 'premiumPaid', 'platformPolicy', 'fees', 'investmentCertificate',
  'certifiedDate', 'level', 'firstCertification', 'session', 'tier', 'requestedAmount', 'viaOverseasSubsidiary'
]);
const ITEM_TYPES = [
  'OVERSEAS_EXHIBITION', 'HKMT_EXHIBITION', 'DOMESTIC_EXHIBITION', 'EXPORT_CREDIT_INSURANCE', 'CREDIT_SERVICE',
  'OVERSEAS_INVESTMENT_INSURANCE', 'AEO_CERTIFICATION', 'CANTON_FAIR_DESIGN_AWARD'
];

const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

function isExpression(value) {
  return typeof value === 'string' && value.startsWith('=');
}

function checkComponent(file, component, ctx) {
  const where = `${file} › ${component?.id ?? '(no id)'}`;
  if (!component || typeof component !== 'object' || Array.isArray(component)) {
    problem(file, 'a component is not a JSON object');
    return;
  }
  const { id, type, key } = component;
  if (typeof id !== 'string' || !id.trim()) {
    problem(where, 'component without an "id"');
  } else if (ctx.ids.has(id)) {
    problem(where, `duplicate component id "${id}"`);
  } else {
    ctx.ids.add(id);
  }
  if (!SUPPORTED_TYPES.has(type)) {
    problem(where, `component type "${type}" is not rendered by the Camunda 7.24 Tasklist`);
    return;
  }

  if (KEYED_TYPES.has(type)) {
    if (typeof key !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      problem(where, `${type} needs a "key" naming a variable (got ${JSON.stringify(key)})`);
    } else {
      const scopeKeys = ctx.keys;
      if (scopeKeys.has(key)) {
        problem(where, `key "${key}" is bound twice in the same scope`);
      }
      scopeKeys.set(key, component);
    }
    if (type !== 'datetime' && type !== 'expression' && typeof component.label !== 'string') {
      problem(where, `${type} "${key}" has no label`);
    }
  } else if (key !== undefined) {
    problem(where, `${type} must not have a "key"`);
  }

  if (OPTION_TYPES.has(type)) {
    const { values, valuesKey, valuesExpression } = component;
    if (!valuesKey && !valuesExpression) {
      if (!Array.isArray(values) || values.length === 0) {
        problem(where, `${type} "${key}" needs static "values"`);
      } else {
        const seen = new Set();
        for (const option of values) {
          if (!option || typeof option.label !== 'string' || !option.label.trim() || option.value === undefined) {
            problem(where, `${type} "${key}" has an option without label or value`);
          } else if (seen.has(option.value)) {
            problem(where, `${type} "${key}" repeats the value "${option.value}"`);
          } else {
            seen.add(option.value);
          }
        }
      }
    }
  }

  switch (type) {
  case 'datetime':
    if (![ 'date', 'time', 'datetime' ].includes(component.subtype)) {
      problem(where, 'datetime needs "subtype" date, time or datetime');
    }
    if (component.subtype !== 'time' && typeof component.dateLabel !== 'string') {
      problem(where, 'datetime needs a "dateLabel"');
    }
    break;
  case 'text':
    if (typeof component.text !== 'string' || !component.text.trim()) {
      problem(where, 'text component without "text"');
    }
    // The 7.24 Tasklist renders a text component's variables as markdown and HTML; an html
    // component escapes them. Values typed by users (names, comments, objections) must stay text.
    if (/\{\{/.test(component.text || '')) {
      problem(where, 'text component with {{variables}}: use an html component, which escapes them');
    }
    break;
  case 'html':
    if (typeof component.content !== 'string') {
      problem(where, 'html component without "content"');
    }
    break;
  case 'table':
    if (!isExpression(component.dataSource)) {
      problem(where, 'table needs a "dataSource" expression such as "=items"');
    }
    if (!isExpression(component.columnsExpression)) {
      if (!Array.isArray(component.columns) || component.columns.length === 0) {
        problem(where, 'table needs "columns"');
      } else {
        for (const column of component.columns) {
          if (!column || typeof column.label !== 'string' || typeof column.key !== 'string') {
            problem(where, 'table column without "label" and "key"');
          }
        }
      }
    }
    break;
  case 'dynamiclist':
    if (typeof component.path !== 'string' || !component.path) {
      problem(where, 'dynamiclist needs a "path"');
    }
    break;
  default:
  }

  const hide = component.conditional?.hide;
  if (hide !== undefined && !isExpression(hide)) {
    problem(where, 'conditional.hide must be a FEEL expression starting with "="');
  }
  if (component.layout !== undefined) {
    const { columns } = component.layout;
    if (columns !== null && columns !== undefined && !(Number.isInteger(columns) && columns >= 2 && columns <= 16)) {
      problem(where, 'layout.columns must be an integer from 2 to 16');
    }
  }

  if (CONTAINER_TYPES.has(type)) {
    if (!Array.isArray(component.components)) {
      problem(where, `${type} needs "components"`);
      return;
    }
    if (type === 'dynamiclist' && typeof component.path === 'string') {
      // a dynamic list binds its path in the enclosing scope; its children bind keys inside each list item
      if (ctx.keys.has(component.path)) {
        problem(where, `path "${component.path}" is bound twice in the same scope`);
      }
      ctx.keys.set(component.path, component);
      const itemKeys = new Map();
      for (const child of component.components) {
        checkComponent(file, child, { ...ctx, keys: itemKeys });
      }
      ctx.lists.set(component.path, { component, itemKeys });
    } else if (type === 'group' && component.path) {
      problem(where, 'groups here must not have a "path": it would nest the submitted variables');
    } else {
      for (const child of component.components) {
        checkComponent(file, child, ctx);
      }
    }
  }
}

function checkAgainstSpec(file, form, ctx) {
  const spec = SPEC[form.id];
  if (!spec) {
    problem(file, `form id "${form.id}" is not one of the forms of docs/process-design.md`);
    return;
  }
  for (const [ key, want ] of Object.entries(spec)) {
    const field = ctx.keys.get(key);
    if (!field) {
      problem(file, `missing the field "${key}" (${want.type}) that docs/process-design.md requires`);
      continue;
    }
    if (field.type !== want.type) {
      problem(file, `"${key}" must be a ${want.type}, is a ${field.type}`);
    }
    const required = field.validate?.required === true;
    if (want.required && !required) {
      problem(file, `"${key}" must have validate.required: true`);
    }
    if (!want.required && required) {
      problem(file, `"${key}" must stay optional`);
    }
    if (field.readonly || field.disabled) {
      problem(file, `"${key}" must be editable`);
    }
    if (want.values) {
      const values = (field.values || []).map(v => v.value);
      if (JSON.stringify(values) !== JSON.stringify(want.values)) {
        problem(file, `"${key}" values must be ${want.values.join(', ')} (CONTRACT.md), are ${values.join(', ')}`);
      }
    }
    if (want.subtype && field.subtype !== want.subtype) {
      problem(file, `"${key}" must have subtype "${want.subtype}"`);
    }
  }
  for (const key of ctx.keys.keys()) {
    if (!spec[key]) {
      problem(file, `binds "${key}", which docs/process-design.md does not list: show data with text or a table, `
        + 'never with a keyed field (Tasklist sends every keyed field back, readonly or not)');
    }
  }
  const list = ctx.lists.get('itemInputs');
  if (list) {
    for (const key of list.itemKeys.keys()) {
      if (!ITEM_KEYS.has(key)) {
        problem(file, `itemInputs binds "${key}", which is not an item field of CONTRACT.md`);
      }
    }
    for (const key of ITEM_KEYS) {
      if (!list.itemKeys.has(key)) {
        problem(file, `itemInputs does not bind "${key}": Tasklist would drop it from resubmitted items`);
      }
    }
    const typeField = list.itemKeys.get('type');
    const types = (typeField?.values || []).map(v => v.value);
    if (JSON.stringify(types) !== JSON.stringify(ITEM_TYPES)) {
      problem(file, `itemInputs "type" must offer ${ITEM_TYPES.join(', ')}`);
    }
  }
}

function checkForm(file, text) {
  let form;
  try {
    form = JSON.parse(text);
  } catch (error) {
    problem(file, `not valid JSON: ${error.message}`);
    return null;
  }
  if (!form || typeof form !== 'object' || Array.isArray(form)) {
    problem(file, 'not a JSON object');
    return null;
  }
  if (form.type !== 'default') {
    problem(file, '"type" must be "default"');
  }
  if (typeof form.id !== 'string' || !form.id) {
    problem(file, 'no form "id"');
    return null;
  }
  const expectedId = 'form_' + basename(file, '.form').replace(/-/g, '_');
  if (form.id !== expectedId) {
    problem(file, `form id "${form.id}" does not match the file name (expected "${expectedId}")`);
  }
  if (!Number.isInteger(form.schemaVersion)) {
    problem(file, '"schemaVersion" missing');
  } else if (form.schemaVersion > MAX_SCHEMA_VERSION) {
    problem(file, `schemaVersion ${form.schemaVersion} is newer than ${MAX_SCHEMA_VERSION}, the form-js line of the 7.24 Tasklist`);
  }
  if (form.executionPlatform !== 'Camunda Platform') {
    problem(file, '"executionPlatform" must be "Camunda Platform"');
  }
  if (!/^7\.24(\.\d+)?$/.test(form.executionPlatformVersion || '')) {
    problem(file, '"executionPlatformVersion" must be 7.24.x');
  }
  if (!Array.isArray(form.components) || form.components.length === 0) {
    problem(file, 'no "components"');
    return form;
  }
  const ctx = { ids: new Set([ form.id ]), keys: new Map(), lists: new Map() };
  for (const component of form.components) {
    checkComponent(file, component, ctx);
  }
  checkAgainstSpec(file, form, ctx);
  return form;
}

function attributes(tag) {
  const attrs = {};
  for (const [ , name, value ] of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
    attrs[name] = value;
  }
  return attrs;
}

// ---------------------------------------------------------------------------

const formFiles = readdirSync(FORMS_DIR).filter(f => f.endsWith('.form')).sort();
if (formFiles.length === 0) {
  problem('forms/', 'no *.form files');
}
const formIds = new Map();
for (const name of formFiles) {
  const file = `forms/${name}`;
  const form = checkForm(file, readFileSync(join(FORMS_DIR, name), 'utf8'));
  if (form?.id) {
    formIds.set(form.id, [ ...(formIds.get(form.id) || []), file ]);
  }
}
for (const [ id, files ] of formIds) {
  if (files.length > 1) {
    problem('forms/', `form id "${id}" is used by ${files.length} files: ${files.join(', ')}`);
  }
}

const referenced = new Set();
let userTasks = 0;
const bpmnFiles = readdirSync(PROCESSES_DIR).filter(f => f.endsWith('.bpmn')).sort();
for (const name of bpmnFiles) {
  const file = `processes/${name}`;
  const xml = readFileSync(join(PROCESSES_DIR, name), 'utf8');
  for (const [ tag ] of xml.matchAll(/<(?:[\w-]+:)?userTask\b[^>]*>/g)) {
    userTasks++;
    const attrs = attributes(tag);
    const where = `${file} › ${attrs.id}`;
    const formRef = attrs['camunda:formRef'];
    if (!formRef) {
      problem(where, 'user task without camunda:formRef');
      continue;
    }
    referenced.add(formRef);
    const files = formIds.get(formRef) || [];
    if (files.length !== 1) {
      problem(where, `camunda:formRef "${formRef}" resolves to ${files.length} forms (needs exactly one)`);
    }
    if (attrs['camunda:formRefBinding'] !== 'latest') {
      problem(where, 'camunda:formRefBinding must be "latest"');
    }
    if (attrs['camunda:formKey']) {
      problem(where, 'use camunda:formRef, not camunda:formKey');
    }
  }
  for (const [ tag ] of xml.matchAll(/<(?:[\w-]+:)?startEvent\b[^>]*>/g)) {
    const attrs = attributes(tag);
    if (attrs['camunda:formRef'] && (formIds.get(attrs['camunda:formRef']) || []).length !== 1) {
      problem(`${file} › ${attrs.id}`, `camunda:formRef "${attrs['camunda:formRef']}" does not resolve to one form`);
    }
    if (attrs['camunda:formRef']) {
      referenced.add(attrs['camunda:formRef']);
    }
  }
}
for (const [ id, files ] of formIds) {
  if (!referenced.has(id)) {
    problem(files[0], `form "${id}" is not referenced by any camunda:formRef in processes/`);
  }
}

if (problems.length) {
  console.error(`check-forms: ${problems.length} problem(s)`);
  for (const line of problems) {
    console.error(`  ✖ ${line}`);
  }
  process.exit(1);
}
console.log(`check-forms: ${formFiles.length} forms valid for the Camunda 7.24 Tasklist (schemaVersion ≤ ${MAX_SCHEMA_VERSION}); `
  + `${userTasks} user tasks in ${bpmnFiles.length} models, every camunda:formRef resolves to exactly one form`);
