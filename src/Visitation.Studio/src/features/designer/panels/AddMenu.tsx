import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../i18n';
import { localized, useDescriptors } from '../descriptors';
import type { ActivityDescriptor } from '../types';

interface Props {
  x: number;
  y: number;
  onPick: (descriptor: ActivityDescriptor) => void;
  onClose: () => void;
}

/** Opens where a connection was dropped on empty canvas: the chosen activity is added there and connected. */
export function AddMenu({ x, y, onPick, onClose }: Props) {
  const { t, language } = useI18n();
  const { all } = useDescriptors();
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const matching = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return all.filter((d) => !needle || localized(d.displayName, language).toLowerCase().includes(needle) || d.type.toLowerCase().includes(needle));
  }, [all, query, language]);

  return (
    <div
      className="designer-addmenu"
      style={{ left: x, top: y }}
      role="dialog"
      aria-label={t('designer.addMenu.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <input
        ref={input}
        type="search"
        className="designer-input"
        aria-label={t('designer.palette.search')}
        placeholder={t('designer.palette.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matching[0]) onPick(matching[0]);
        }}
      />
      <ul role="list">
        {matching.slice(0, 12).map((descriptor) => (
          <li key={descriptor.type}>
            <button type="button" onClick={() => onPick(descriptor)}>
              {localized(descriptor.displayName, language)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="designer-link" onClick={onClose}>
        {t('designer.cancel')}
      </button>
    </div>
  );
}
