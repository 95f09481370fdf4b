import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { formatKroner } from '../../moeder/money';
import { adminApi, adminKeys, type ImportPreview } from '../adminApi';

/** Where a finding is: its line and column (`/lines/4/price`), the header, or the file as a whole. */
function place(path: string): { line: number | null; column: string | null } {
  const parts = path.split('/');
  if (parts[1] === 'lines') return { line: Number(parts[2]), column: parts[3] ?? null };
  if (parts[1] === 'header') return { line: 1, column: parts[2] ?? null };
  return { line: null, column: null };
}

/**
 * The catalogue's CSV import: a file (or pasted text) is first previewed by the server, which lists every wrong line and
 * column; only a file without findings can be imported, and the text can be corrected here and previewed again.
 */
export function ImportPanel() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<{ text: string; result: ImportPreview } | null>(null);
  const check = useMutation({
    mutationFn: (csv: string) => adminApi.previewImport(csv),
    onSuccess: (result, csv) => setPreview({ text: csv, result }),
  });
  const run = useMutation({
    mutationFn: () => adminApi.importOffers(preview!.text),
    onSuccess: async () => {
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: adminKeys.offers });
      await queryClient.invalidateQueries({ queryKey: adminKeys.providers });
    },
  });
  const current = preview && preview.text === text ? preview.result : null;

  async function readFile(file: File | undefined) {
    if (!file) return;
    const content = await file.text();
    setText(content);
    run.reset();
    check.mutate(content);
  }

  return (
    <section className="plan-section" aria-labelledby="import-title">
      <h2 id="import-title">{t('tilbud.import')}</h2>
      <p className="plan-section__lead">{t('tilbud.importLead')}</p>
      <div className="field">
        <label htmlFor="import-file">{t('tilbud.importFile')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void readFile(e.target.files?.[0])} />
      </div>
      <div className="field">
        <label htmlFor="import-text">{t('tilbud.importText')}</label>
        <textarea id="import-text" className="import__text" rows={8} value={text} spellCheck={false}
          onChange={(e) => { setText(e.target.value); run.reset(); }} />
      </div>
      <div className="users__actions">
        <button type="button" className="button" disabled={!text.trim() || check.isPending} onClick={() => { run.reset(); check.mutate(text); }}>
          {t('tilbud.preview')}
        </button>
        <button type="button" className="button button--primary" disabled={!current?.canImport || run.isPending} onClick={() => run.mutate()}>
          {t('tilbud.runImport')}
        </button>
      </div>
      {check.error && <ProblemAlert error={check.error as ApiError} />}
      {run.error && <ProblemAlert error={run.error as ApiError} />}
      {run.isSuccess && (
        <p role="status" className="notice notice--success">
          {t('tilbud.imported', { lines: run.data.lines, created: run.data.created, updated: run.data.updated, providers: run.data.providersCreated })}
        </p>
      )}
      {preview && !run.isSuccess && (
        <div aria-live="polite">
          {preview.text !== text && <p className="notice">{t('tilbud.previewStale')}</p>}
          {preview.result.canImport ? (
            <p className="notice notice--success">{t('tilbud.previewGood', { count: preview.result.lines.length })}</p>
          ) : (
            <div className="alert" role="alert">
              <p className="alert__title">{t('tilbud.previewBad', { count: preview.result.errors.length })}</p>
              <ul className="alert__list">
                {preview.result.errors.map((e) => {
                  const at = place(e.path);
                  return (
                    <li key={`${e.path}:${e.code}`}>
                      {at.line === null ? '' : at.column ? t('tilbud.at', { line: at.line, column: at.column }) : t('tilbud.atLine', { line: at.line })}
                      {e.message}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {preview.result.lines.length > 0 && (
            <div className="table-scroll">
              <table className="plan-table">
                <caption>{t('tilbud.previewCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tilbud.line')}</th>
                    <th scope="col">{t('tilbud.provider')}</th>
                    <th scope="col">{t('tilbud.name')}</th>
                    <th scope="col">{t('tilbud.price')}</th>
                    <th scope="col">{t('tilbud.result')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.result.lines.map((line) => (
                    <tr key={line.lineNumber} className={line.hasErrors ? 'plan-table__row--error' : undefined}>
                      <td>{line.lineNumber}</td>
                      <td>
                        {line.provider ?? '—'}
                        {line.newProvider && <span className="badge">{t('tilbud.newProvider')}</span>}
                      </td>
                      <td>{line.name ?? '—'}</td>
                      <td>{line.price == null ? '—' : formatKroner(line.price)}</td>
                      <td>
                        {line.hasErrors ? (
                          <span className="badge badge--danger"><span aria-hidden="true">⚠ </span>{t('tilbud.lineWrong')}</span>
                        ) : (
                          t(line.action === 'update' ? 'tilbud.willUpdate' : 'tilbud.willCreate')
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
