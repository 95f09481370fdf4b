import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../auth/AuthProvider';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import type { ApiError } from '../../../api/client';
import { formatKroner } from '../../moeder/money';
import { oekonomiApi, oekonomiKeys, type ActualsImport, type ActualsPreview } from './oekonomiApi';

/** Import of actuals: choose the finance system's file, read the preview (every wrong line), then import all or nothing. */
export function ActualsPage() {
  const { t } = useI18n();
  const { state } = useAuth();
  const canImport = state.status === 'signedIn' && state.user.roles.includes('Oekonomi');
  const client = useQueryClient();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const imports = useQuery({ queryKey: oekonomiKeys.imports(), queryFn: oekonomiApi.imports });
  const preview = useMutation<ActualsPreview, ApiError, { name: string; content: string }>({
    mutationFn: (f) => oekonomiApi.preview(f.name, f.content),
  });
  const importFile = useMutation<ActualsImport, ApiError, { name: string; content: string }>({
    mutationFn: (f) => oekonomiApi.importActuals(f.name, f.content),
    onSuccess: () => client.invalidateQueries({ queryKey: oekonomiKeys.all }),
  });

  const choose = async (list: FileList | null) => {
    const chosen = list?.[0];
    if (!chosen) return;
    const next = { name: chosen.name, content: await chosen.text() };
    setFile(next);
    importFile.reset();
    preview.mutate(next);
  };

  const result = preview.data;
  return (
    <section aria-labelledby="oek-actuals-title">
      <h2 id="oek-actuals-title">{t('oekonomi.actuals.title')}</h2>
      <p className="oek-muted">{t('oekonomi.actuals.lead')}</p>
      <pre className="oek-format" aria-label={t('oekonomi.actuals.formatLabel')}>{'cpr;indsats;maaned;beloeb\n120315-4123;familiebehandling;2026-03;12.345,67'}</pre>
      {canImport && (
        <label className="oek-file">
          {t('oekonomi.actuals.choose')}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void choose(e.target.files)} />
        </label>
      )}
      {preview.isError && <ProblemAlert error={preview.error} />}
      {result && file && (
        <section aria-labelledby="oek-preview-title" className="oek-panel">
          <h3 id="oek-preview-title" tabIndex={-1}>{t('oekonomi.actuals.preview', { file: file.name })}</h3>
          <p role="status">
            {result.valid
              ? t('oekonomi.actuals.valid', { lines: result.lines, children: result.children, total: formatKroner(result.total) })
              : t('oekonomi.actuals.invalid', { errors: result.errors.length })}
          </p>
          {result.errors.length > 0 && (
            <table className="oek-table" data-testid="preview-errors">
              <caption>{t('oekonomi.actuals.errors')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('oekonomi.actuals.line')}</th>
                  <th scope="col">{t('oekonomi.actuals.column')}</th>
                  <th scope="col">{t('oekonomi.actuals.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {result.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.line}</td>
                    <td>{e.column ?? '–'}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <table className="oek-table">
            <caption>{t('oekonomi.actuals.months')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('oekonomi.actuals.month')}</th>
                <th scope="col">{t('oekonomi.actuals.lines')}</th>
                <th scope="col">{t('oekonomi.amount')}</th>
                <th scope="col">{t('oekonomi.actuals.replaces')}</th>
              </tr>
            </thead>
            <tbody>
              {result.months.map((m) => (
                <tr key={`${m.year}-${m.month}`}>
                  <td>{`${m.year}-${String(m.month).padStart(2, '0')}`}</td>
                  <td>{m.lines}</td>
                  <td className="oek-money">{formatKroner(m.total)}</td>
                  <td>{m.existingLines === 0 ? t('oekonomi.actuals.nothing') : t('oekonomi.actuals.existing', { lines: m.existingLines, total: formatKroner(m.existingTotal) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {canImport && (
            <button type="button" className="button" disabled={!result.valid || importFile.isPending || importFile.isSuccess} onClick={() => importFile.mutate(file)}>
              {t('oekonomi.actuals.import')}
            </button>
          )}
          {importFile.isError && <ProblemAlert error={importFile.error} />}
          {importFile.isSuccess && (
            <p role="status" className="oek-success">
              {t('oekonomi.actuals.imported', { lines: importFile.data.lines, total: formatKroner(importFile.data.total) })}
            </p>
          )}
        </section>
      )}
      <h3>{t('oekonomi.actuals.history')}</h3>
      {imports.data && imports.data.length === 0 && <p className="oek-muted">{t('oekonomi.actuals.noImports')}</p>}
      {imports.data && imports.data.length > 0 && (
        <table className="oek-table">
          <thead>
            <tr>
              <th scope="col">{t('oekonomi.actuals.importedAt')}</th>
              <th scope="col">{t('oekonomi.actuals.file')}</th>
              <th scope="col">{t('oekonomi.actuals.months')}</th>
              <th scope="col">{t('oekonomi.actuals.lines')}</th>
              <th scope="col">{t('oekonomi.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {imports.data.map((i) => (
              <tr key={i.id}>
                <td>{new Date(i.importedAt).toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen' })}</td>
                <td>{i.fileName}</td>
                <td>{i.months.join(', ')}</td>
                <td>{i.lines}</td>
                <td className="oek-money">{formatKroner(i.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
