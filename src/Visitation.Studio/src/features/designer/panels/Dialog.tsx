import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal dialog on the native <dialog>: focus is trapped, Escape closes it and focus returns where it was. */
export function Dialog({ title, onClose, children, wide }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal?.();
    return () => {
      dialog?.close?.();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`designer-dialog${wide ? ' designer-dialog--wide' : ''}`}
      aria-labelledby="designer-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="designer-dialog__head">
        <h2 id="designer-dialog-title">{title}</h2>
        <button type="button" className="designer-button designer-button--ghost" onClick={onClose}>
          {t('designer.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
