import type { ExampleCaseBody } from '../adminApi';
import type { PlanDocument } from './planModel';

/** A simulator case kept on the server for the municipality's plan, re-run on every change to the draft. */
export interface SavedExample extends ExampleCaseBody {
  id: string;
  name: string;
  savedBy: string;
  savedByName?: string | null;
}

export interface StoredDraft {
  /** The saved version the draft was started from (0: none). */
  basedOn: number;
  plan: PlanDocument;
}

// The draft is kept in the browser, per municipality, so nothing typed is lost on a reload or on leaving the page.
const draftKey = (kommune: string) => `visitation.kompetenceplan.draft.${kommune}`;

function read<T>(key: string): T | null {
  try {
    const text = window.localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft still lives on the page.
  }
}

export const planStorage = {
  readDraft: (kommune: string) => read<StoredDraft>(draftKey(kommune)),
  writeDraft: (kommune: string, draft: StoredDraft | null) => write(draftKey(kommune), draft),
};
