import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { money } from './format';
import { keys } from './sagerApi';
import { tk } from './tk';

/**
 * Matching after a grant: the caseworker records the need, the catalogue's fitting offers come ranked by the
 * indsatstrappe and own-first with their expected cost, and one is chosen (an external one over a fitting internal one
 * with a reason). The order then goes to the provider.
 */
export function MatchingPanel({ caseId, indstillingId, needs }: { caseId: string; indstillingId: string; needs: string }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const matchninger = useQuery({
    queryKey: ['sager', 'matchninger', caseId],
    queryFn: () => unwrap(api.GET('/api/cases/{id}/matchninger', { params: { path: { id: caseId } } })),
  });
  const open = matchninger.data?.find((m) => m.status === 'Aaben' || m.status === 'AfventerBehov') ?? null;
  const candidates = useQuery({
    queryKey: ['sager', 'candidates', caseId, open?.id],
    queryFn: () => unwrap(api.GET('/api/cases/{id}/matchninger/{matchningId}/candidates', { params: { path: { id: caseId, matchningId: open!.id } } })),
    enabled: !!open && open.status === 'Aaben',
  });
  const [need, setNeed] = useState(needs);
  const [targetGroup, setTargetGroup] = useState('');
  const [reason, setReason] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.all });
  const record = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/cases/{id}/matchninger', { params: { path: { id: caseId } }, body: { indstillingId, need, targetGroup: targetGroup || null } })),
    onSuccess: refresh,
  });
  const choose = useMutation({
    mutationFn: (offerId: string) =>
      unwrap(api.POST('/api/cases/{id}/matchninger/{matchningId}/choose', {
        params: { path: { id: caseId, matchningId: open!.id } },
        body: { offerId, reason: reason.trim() || null },
      })),
    onSuccess: refresh,
  });
  const reasonErrors = ((choose.error as ApiError | null)?.problem.errors ?? []).filter((e) => e.path === '/reason');

  return (
    <section className="panel panel--accent" aria-labelledby="matching-title">
      <h2 id="matching-title">{t('sager.match.title')}</h2>
      {!open || open.status === 'AfventerBehov' ? (
        <form className="form" onSubmit={(e) => { e.preventDefault(); record.mutate(); }}>
          {record.error && <ProblemAlert error={record.error as ApiError} />}
          <div className="field">
            <label htmlFor="match-need">{t('sager.match.need')}</label>
            <textarea id="match-need" rows={3} value={need} onChange={(e) => setNeed(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="match-group">{t('sager.match.targetGroup')}</label>
            <input id="match-group" value={targetGroup} onChange={(e) => setTargetGroup(e.target.value)} />
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={record.isPending}>
              {t('sager.match.find')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="muted">{t('sager.match.lead')}</p>
          {choose.error && reasonErrors.length === 0 && <ProblemAlert error={choose.error as ApiError} />}
          <div className={reasonErrors.length ? 'field field--invalid' : 'field'}>
            <label htmlFor="match-reason">{t('sager.match.reason')}</label>
            <input id="match-reason" value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={reasonErrors.length > 0 || undefined}
              aria-describedby={reasonErrors.length ? 'match-reason-error' : undefined} />
            {reasonErrors.length > 0 && <p id="match-reason-error" className="field__error">{reasonErrors.map((e) => e.message).join(' ')}</p>}
          </div>
          {candidates.data && candidates.data.length === 0 && <p>{t('sager.match.none')}</p>}
          <table className="worklist__table candidates">
            <caption className="visually-hidden">{t('sager.match.candidates')}</caption>
            <thead>
              <tr>
                <th scope="col" className="worklist__th">{t('sager.match.offer')}</th>
                <th scope="col" className="worklist__th">{t('sager.match.step')}</th>
                <th scope="col" className="worklist__th">{t('sager.match.price')}</th>
                <th scope="col" className="worklist__th">{t('sager.match.total')}</th>
                <th scope="col" className="worklist__th"><span className="visually-hidden">{t('sager.col.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {(candidates.data ?? []).map((c) => (
                <tr key={c.offerId}>
                  <td className="worklist__td">
                    <strong>{c.offerName}</strong>
                    <br />
                    <span className="muted">{c.providerName} · {tk(t, `sager.match.own.${c.ownFirst}`, c.ownFirst)}</span>
                  </td>
                  <td className="worklist__td">{c.stepName}</td>
                  <td className="worklist__td">{money(c.price, language)} {tk(t, `sager.unitName.${c.unit}`, c.unit)}</td>
                  <td className="worklist__td">{money(c.costTotal, language)}</td>
                  <td className="worklist__td">
                    <button type="button" className="button button--small" onClick={() => choose.mutate(c.offerId)} disabled={choose.isPending}>
                      {t('sager.match.choose')}
                      <span className="visually-hidden">: {c.offerName}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
