import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';
import { adminApi, adminKeys, type OfferView } from '../adminApi';
import { TextField } from '../brugere/CreateUserForm';
import { findingsAt } from '../kompetenceplan/planModel';
import { csvAmount } from './csvExport';

/** Reads a Danish amount (`1.234,50`) or one with a decimal point as a number of kroner; the server checks it to the øre. */
function parseAmount(text: string): number | null {
  const cleaned = text.trim().replace(/\s|kr\.?/g, '');
  if (cleaned === '') return null;
  const normal = cleaned.includes(',') ? cleaned.replace(/\./g, '').replace(',', '.') : cleaned;
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

function parseCount(text: string): number | null {
  return text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/** One offer's name, price, capacity, vacancies and approval date, changed in place; the rest is kept as it is. */
export function OfferEditor({ offer, onClose }: { offer: OfferView; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    name: offer.name, price: csvAmount(offer.price), capacity: offer.capacity?.toString() ?? '', vacancies: offer.vacancies?.toString() ?? '',
    approvedUntil: offer.approvedUntil ?? '', location: offer.location ?? '',
  });
  const [local, setLocal] = useState<{ path: string; code: string; message: string }[]>([]);
  const save = useMutation({
    mutationFn: () =>
      adminApi.updateOffer(offer.id, {
        providerId: offer.providerId, name: form.name, type: offer.type, targetGroup: offer.targetGroup ?? null, legalBasis: offer.legalBasis,
        price: parseAmount(form.price), priceUnit: offer.priceUnit, capacity: parseCount(form.capacity), vacancies: parseCount(form.vacancies),
        provision: offer.provision, financing: offer.financing, location: form.location || null, approvedUntil: form.approvedUntil || null,
        placementForm: offer.placementForm ?? undefined,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.offers }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = [];
    if (Number.isNaN(parseAmount(form.price))) errors.push({ path: '/price', code: 'format', message: t('tilbud.amountFormat') });
    if (Number.isNaN(parseCount(form.capacity))) errors.push({ path: '/capacity', code: 'format', message: t('tilbud.countFormat') });
    if (Number.isNaN(parseCount(form.vacancies))) errors.push({ path: '/vacancies', code: 'format', message: t('tilbud.countFormat') });
    setLocal(errors);
    if (errors.length === 0) save.mutate();
  }

  const errors = [...local, ...((save.error as ApiError | null)?.problem.errors ?? [])];
  const fields = ['/name', '/price', '/capacity', '/vacancies', '/approvedUntil', '/location'];
  return (
    <form className="organisation__form offer-editor" onSubmit={submit} noValidate aria-labelledby="offer-editor-title">
      <h3 id="offer-editor-title">{t('tilbud.editTitle', { name: offer.name, provider: offer.providerName })}</h3>
      {save.error && errors.some((e) => !fields.includes(e.path)) && <ProblemAlert error={save.error as ApiError} />}
      {save.isSuccess && <p role="status">{t('tilbud.saved', { name: form.name })}</p>}
      <TextField id="offer-name" label={t('tilbud.name')} value={form.name} onChange={(name) => setForm({ ...form, name })} errors={findingsAt(errors, '/name')} />
      <TextField id="offer-price" label={t('tilbud.priceIn', { unit: offer.priceUnit })} value={form.price} onChange={(price) => setForm({ ...form, price })}
        errors={findingsAt(errors, '/price')} />
      <TextField id="offer-capacity" label={t('tilbud.capacity')} value={form.capacity} onChange={(capacity) => setForm({ ...form, capacity })}
        errors={findingsAt(errors, '/capacity')} />
      <TextField id="offer-vacancies" label={t('tilbud.vacanciesField')} value={form.vacancies} onChange={(vacancies) => setForm({ ...form, vacancies })}
        errors={findingsAt(errors, '/vacancies')} />
      <TextField id="offer-location" label={t('tilbud.location')} value={form.location} onChange={(location) => setForm({ ...form, location })}
        errors={findingsAt(errors, '/location')} />
      <TextField id="offer-approvedUntil" type="date" label={t('tilbud.approvedUntil')} value={form.approvedUntil}
        onChange={(approvedUntil) => setForm({ ...form, approvedUntil })} errors={findingsAt(errors, '/approvedUntil')} />
      <div className="users__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('tilbud.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('tilbud.close')}
        </button>
      </div>
    </form>
  );
}
