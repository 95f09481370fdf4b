import { useI18n, type MessageKey } from '../../../i18n';
import { Dialog } from './Dialog';

export const shortcuts: [string, MessageKey][] = [
  ['Ctrl+Z', 'designer.shortcut.undo'],
  ['Ctrl+Y / Ctrl+Shift+Z', 'designer.shortcut.redo'],
  ['Ctrl+C', 'designer.shortcut.copy'],
  ['Ctrl+V', 'designer.shortcut.paste'],
  ['Delete / Backspace', 'designer.shortcut.delete'],
  ['Ctrl+A', 'designer.shortcut.selectAll'],
  ['Ctrl+S', 'designer.shortcut.save'],
  ['L', 'designer.shortcut.layout'],
  ['F', 'designer.shortcut.fit'],
  ['A', 'designer.shortcut.add'],
  ['C', 'designer.shortcut.connect'],
  ['Tab / Shift+Tab', 'designer.shortcut.nextNode'],
  ['Piletaster / Arrow keys', 'designer.shortcut.move'],
  ['?', 'designer.shortcut.help'],
];

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('designer.help.title')} onClose={onClose}>
      <table className="designer-table">
        <caption className="visually-hidden">{t('designer.help.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('designer.help.keys')}</th>
            <th scope="col">{t('designer.help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map(([keys, action]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="designer-muted">{t('designer.help.mouse')}</p>
    </Dialog>
  );
}
