import type { ErrorObject } from 'ajv';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { ProblemError } from '../../api/client';
import type { Language } from '../../i18n';
import { fieldTitle } from './labels';

const messages: Record<Language, Record<string, (p: Record<string, unknown>) => string>> = {
  da: {
    required: () => 'Skal udfyldes.',
    minLength: (p) => (p.limit === 1 ? 'Skal udfyldes.' : `Skal være mindst ${p.limit} tegn.`),
    maxLength: (p) => `Må højst være ${p.limit} tegn.`,
    minimum: (p) => `Skal være mindst ${p.limit}.`,
    maximum: (p) => `Må højst være ${p.limit}.`,
    type: (p) => (p.type === 'number' || p.type === 'integer' ? 'Skal være et tal.' : 'Har en forkert type.'),
    format: (p) => (p.format === 'date' ? 'Skal være en dato.' : 'Har et forkert format.'),
    enum: () => 'Vælg en af mulighederne.',
  },
  en: {
    required: () => 'Required.',
    minLength: (p) => (p.limit === 1 ? 'Required.' : `Must be at least ${p.limit} characters.`),
    maxLength: (p) => `Must be at most ${p.limit} characters.`,
    minimum: (p) => `Must be at least ${p.limit}.`,
    maximum: (p) => `Must be at most ${p.limit}.`,
    type: (p) => (p.type === 'number' || p.type === 'integer' ? 'Must be a number.' : 'Has the wrong type.'),
    format: (p) => (p.format === 'date' ? 'Must be a date.' : 'Has the wrong format.'),
    enum: () => 'Choose one of the options.',
  },
};

/** Ajv's messages in the reader's language; an unknown keyword keeps Ajv's own words. */
export function localize(language: Language) {
  return (errors?: null | ErrorObject[]) => {
    for (const error of errors ?? []) {
      const message = messages[language][error.keyword];
      if (message) error.message = message(error.params as Record<string, unknown>);
    }
  };
}

export const validators = {
  da: customizeValidator({}, localize('da')),
  en: customizeValidator({}, localize('en')),
};

type Property = RJSFSchema & { title?: string; type?: RJSFSchema['type']; maxLength?: number; format?: string; enum?: unknown[] };

/** A task's form schema: an object whose properties are the fields. */
export type Schema = Omit<RJSFSchema, 'properties'> & { properties?: Record<string, Property> };

/** The flow's schema with a title on every field (in the reader's language where the flow gave none). */
export function withTitles(schema: Schema, language: Language): Schema {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [name, { ...(property as object), title: property.title ?? fieldTitle(name, language) }]),
  );
  return { ...schema, title: undefined, properties } as Schema;
}

/** Long text fields as text areas; everything else as the library chooses from the type and format. */
export function uiSchemaFor(schema: Schema): UiSchema {
  const ui: UiSchema = { 'ui:submitButtonOptions': { norender: true } };
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (property.type === 'string' && !property.format && !property.enum && (property.maxLength ?? 4000) > 200) {
      ui[name] = { 'ui:widget': 'textarea', 'ui:options': { rows: 4 } };
    }
  }
  return ui;
}

/**
 * The server's field errors at their fields: `/data/begrundelse` → `{ begrundelse: { __errors: [...] } }`. Errors
 * elsewhere (the action, the task) are returned apart, for the page to show above the form.
 */
export function serverErrors(errors: readonly ProblemError[]): { fields: ErrorSchema; other: ProblemError[] } {
  const fields: Record<string, unknown> = {};
  const other: ProblemError[] = [];
  for (const error of errors) {
    const match = /^\/data\/(.+)$/.exec(error.path);
    if (!match) {
      other.push(error);
      continue;
    }
    let node = fields as Record<string, unknown>;
    for (const part of (match[1] ?? '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))) {
      node[part] = (node[part] as Record<string, unknown>) ?? {};
      node = node[part] as Record<string, unknown>;
    }
    node.__errors = [...((node.__errors as string[]) ?? []), error.message];
  }
  return { fields: fields as ErrorSchema, other };
}

const draftPrefix = 'visitation.sager.draft.';

/** A task's draft lives in this tab's session storage until the task is completed, so navigating away loses nothing. */
export const drafts = {
  read(taskId: string): Record<string, unknown> | null {
    try {
      const text = window.sessionStorage.getItem(draftPrefix + taskId);
      return text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  },
  write(taskId: string, data: Record<string, unknown>) {
    try {
      window.sessionStorage.setItem(draftPrefix + taskId, JSON.stringify(data));
    } catch {
      // Storage may be full or refused; the form still works, only the draft is not kept.
    }
  },
  clear(taskId: string) {
    try {
      window.sessionStorage.removeItem(draftPrefix + taskId);
    } catch {
      // As above.
    }
  },
};
