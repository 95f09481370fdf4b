import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../../i18n';
import { newActivityId } from '../mapping';
import { useDesigner } from '../store';

const types = ['String', 'Boolean', 'Int32', 'Decimal', 'DateTimeOffset', 'Object'];

/** The flow's variables, which inputs can read through the variable picker; shown while no activity is selected. */
export function VariablesEditor({ readOnly }: { readOnly: boolean }) {
  const { t } = useI18n();
  const { base, setBase } = useDesigner(useShallow((s) => ({ base: s.base, setBase: s.setBase })));
  const [name, setName] = useState('');
  const [type, setType] = useState('String');
  if (!base) return null;
  const variables = base.variables ?? [];

  const add = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || variables.some((v) => v.name === trimmed)) return;
    setBase({ ...base, variables: [...variables, { id: newActivityId(), name: trimmed, typeName: type }] });
    setName('');
  };

  return (
    <section aria-labelledby="designer-variables-title" className="designer-variables">
      <h3 id="designer-variables-title">{t('designer.variables.title')}</h3>
      {variables.length === 0 ? (
        <p className="designer-muted">{t('designer.variables.none')}</p>
      ) : (
        <ul>
          {variables.map((v) => (
            <li key={v.id}>
              <code>{v.name}</code> <span className="designer-muted">({v.typeName})</span>
              {!readOnly && (
                <button
                  type="button"
                  className="designer-button designer-button--ghost designer-variables__remove"
                  aria-label={t('designer.variables.remove', { name: v.name })}
                  title={t('designer.variables.remove', { name: v.name })}
                  onClick={() => setBase({ ...base, variables: variables.filter((x) => x.id !== v.id) })}
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form onSubmit={add} className="designer-variables__add">
          <input
            className="designer-input"
            aria-label={t('designer.variables.name')}
            placeholder={t('designer.variables.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <select className="designer-input" aria-label={t('designer.variables.type')} value={type} onChange={(e) => setType(e.target.value)}>
            {types.map((x) => (
              <option key={x}>{x}</option>
            ))}
          </select>
          <button type="submit" className="designer-button">
            {t('designer.variables.add')}
          </button>
        </form>
      )}
    </section>
  );
}
