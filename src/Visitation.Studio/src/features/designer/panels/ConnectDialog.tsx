import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n';
import { useDescriptors } from '../descriptors';
import { outcomesOf } from '../mapping';
import { useDesigner } from '../store';
import { inPort } from '../types';
import { Dialog } from './Dialog';

/** Connects the selected activity to another without a mouse: choose the outcome and the activity it leads to. */
export function ConnectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { byType } = useDescriptors();
  const nodes = useDesigner((s) => s.nodes);
  const connect = useDesigner((s) => s.connect);
  const source = nodes.find((n) => n.selected);
  const outcomes = source ? outcomesOf(source.data.activity, byType.get(source.data.activity.type)) : [];
  const others = nodes.filter((n) => n.id !== source?.id);
  const [port, setPort] = useState(outcomes[0] ?? '');
  const [target, setTarget] = useState(others[0]?.id ?? '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (source && port && target) connect({ source: source.id, sourceHandle: port, target, targetHandle: inPort });
    onClose();
  };

  return (
    <Dialog title={t('designer.connect.title', { name: source?.data.activity.name ?? '' })} onClose={onClose}>
      <form className="designer-form" onSubmit={submit}>
        <div className="designer-field">
          <label htmlFor="connect-port">{t('designer.connect.outcome')}</label>
          <select id="connect-port" className="designer-input" value={port} onChange={(e) => setPort(e.target.value)}>
            {outcomes.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
        </div>
        <div className="designer-field">
          <label htmlFor="connect-target">{t('designer.connect.target')}</label>
          <select id="connect-target" className="designer-input" value={target} onChange={(e) => setTarget(e.target.value)}>
            {others.map((n) => (
              <option key={n.id} value={n.id}>
                {n.data.activity.name ?? n.id}
              </option>
            ))}
          </select>
        </div>
        <div className="designer-form__actions">
          <button type="submit" className="designer-button designer-button--primary" disabled={!port || !target}>
            {t('designer.connect.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
