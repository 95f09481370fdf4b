import type { ExampleCaseBody } from '../adminApi';
import type { PlanDocument } from './planModel';

/** A simulator case the user named and kept, to be re-run on every change to the draft. */
export interface SavedExample extends ExampleCaseBody {
  name: string;
}

export interface StoredDraft {
  /** The saved version the draft was started from (0: none). */
  basedOn: number;
  plan: PlanDocument;
}

// Kept in the browser, per municipality, so nothing typed is lost on a reload or on leaving the page.
const draftKey = (kommune: string) => `visitation.kompetenceplan.draft.${kommune}`;
const examplesKey = (kommune: string) => `visitation.kompetenceplan.examples.${kommune}`;

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
  readExamples: (kommune: string) => read<SavedExample[]>(examplesKey(kommune)) ?? [],
  writeExamples: (kommune: string, examples: SavedExample[]) => write(examplesKey(kommune), examples),
};
