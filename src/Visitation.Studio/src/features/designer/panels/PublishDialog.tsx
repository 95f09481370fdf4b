import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n';
import { Dialog } from './Dialog';

interface Props {
  busy: boolean;
  onPublish: (note: string, effectiveFrom: string | null) => void;
  onClose: () => void;
}

/** Publishing asks for a note, and whether the version takes effect now or from a date. */
export function PublishDialog({ busy, onPublish, onClose }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [date, setDate] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onPublish(note, when === 'later' && date ? new Date(date).toISOString() : null);
  };
  return (
    <Dialog title={t('designer.publish.title')} onClose={onClose}>
      <form onSubmit={submit} className="designer-form">
        <div className="designer-field">
          <label htmlFor="publish-note">{t('designer.publish.note')}</label>
          <textarea id="publish-note" className="designer-input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <fieldset className="designer-fieldset">
          <legend>{t('designer.publish.when')}</legend>
          <label>
            <input type="radio" name="publish-when" checked={when === 'now'} onChange={() => setWhen('now')} /> {t('designer.publish.now')}
          </label>
          <label>
            <input type="radio" name="publish-when" checked={when === 'later'} onChange={() => setWhen('later')} /> {t('designer.publish.from')}
          </label>
          {when === 'later' && (
            <input
              type="datetime-local"
              className="designer-input"
              aria-label={t('designer.publish.fromDate')}
              required
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </fieldset>
        <div className="designer-form__actions">
          <button type="submit" className="designer-button designer-button--primary" disabled={busy}>
            {t('designer.publish.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
