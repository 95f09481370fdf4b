import { useState, type ChangeEvent } from 'react';
import { useI18n } from '../../../i18n';
import { readPlanFile, toMunicipalityFile } from './planFile';
import { toWire, type PlanDocument } from './planModel';
import type { LevelOption } from './usePlanReferenceData';

interface Props {
  kommune: { code: string; name: string };
  levels: LevelOption[];
  draft: PlanDocument;
  readOnly: boolean;
  onImport: (plan: PlanDocument) => void;
}

/** The draft to and from a file in the format of the shipped municipality files; an import only replaces the draft. */
export function PlanFileButtons({ kommune, levels, draft, readOnly, onImport }: Props) {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  function exportFile() {
    const file = toMunicipalityFile(kommune, levels, toWire(draft));
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${kommune.code}-kompetenceplan.json`;
    link.click();
    URL.revokeObjectURL(url);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const plan = readPlanFile(await file.text());
    if (!plan) {
      setMessage({ text: t('planFile.unreadable', { file: file.name }), error: true });
      return;
    }
    onImport(plan);
    setMessage({ text: t('planFile.imported', { file: file.name }), error: false });
  }

  return (
    <div className="plan-file">
      <button type="button" className="button" onClick={exportFile}>
        {t('planFile.export')}
      </button>
      {!readOnly && (
        <label className="button plan-file__import">
          {t('planFile.import')}
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={importFile} />
        </label>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-errors' : undefined}>
          {message.text}
        </p>
      )}
    </div>
  );
}
