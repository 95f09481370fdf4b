import { useMemo, useState, type DragEvent } from 'react';
import { useI18n } from '../../../i18n';
import { localized, useDescriptors } from '../descriptors';
import type { ActivityDescriptor } from '../types';

export const dragType = 'application/x-visitation-activity';

interface Props {
  readOnly: boolean;
  /** Adds the activity at the middle of the canvas, for those who do not drag. */
  onAdd: (descriptor: ActivityDescriptor) => void;
}

/** The toolbox: every activity the server describes, grouped by category, searchable in either language. */
export function Palette({ readOnly, onAdd }: Props) {
  const { t, language } = useI18n();
  const { all } = useDescriptors();
  const [query, setQuery] = useState('');

  const groups = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const matching = all.filter(
      (d) =>
        !needle ||
        [d.type, d.displayName.da, d.displayName.en, d.category ?? ''].some((text) => text.toLowerCase().includes(needle)),
    );
    const byCategory = new Map<string, ActivityDescriptor[]>();
    for (const descriptor of matching) {
      const category = descriptor.category ?? t('designer.palette.other');
      byCategory.set(category, [...(byCategory.get(category) ?? []), descriptor]);
    }
    return [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b, language));
  }, [all, query, t, language]);

  const onDragStart = (event: DragEvent, descriptor: ActivityDescriptor) => {
    event.dataTransfer.setData(dragType, descriptor.type);
    event.dataTransfer.effectAllowed = 'move';
  };

  return (
    <aside className="designer-palette" aria-labelledby="designer-palette-title">
      <h2 id="designer-palette-title">{t('designer.palette.title')}</h2>
      <input
        type="search"
        className="designer-input"
        placeholder={t('designer.palette.search')}
        aria-label={t('designer.palette.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {groups.map(([category, descriptors]) => (
        <section key={category} className="designer-palette__group" aria-label={category}>
          <h3>{category}</h3>
          <ul>
            {descriptors.map((descriptor) => (
              <li key={descriptor.type}>
                <button
                  type="button"
                  className="designer-palette__item"
                  draggable={!readOnly}
                  disabled={readOnly}
                  onDragStart={(e) => onDragStart(e, descriptor)}
                  onClick={() => onAdd(descriptor)}
                  title={localized(descriptor.description, language) || descriptor.type}
                  aria-label={t('designer.palette.add', { name: localized(descriptor.displayName, language) })}
                >
                  {localized(descriptor.displayName, language)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 && <p className="designer-muted">{t('designer.palette.none')}</p>}
    </aside>
  );
}
