import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type ApiError } from '../../api/client';
import type { paths } from '../../api/schema';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { date, dateTime, money } from '../sager/format';
import { readable } from '../sager/labels';
import { tk } from '../sager/tk';
import { WorkspacePage } from '../workspace/WorkspacePage';
import '../sager/sager.css';

type Order = paths['/api/provider/orders']['get']['responses'][200]['content']['application/json'][number];

const ordersKey = ['provider', 'orders'] as const;

/** A provider's own orders: what to deliver, for whom and for how long, and the answer (accept, or decline with a reason). */
export default function LeverandoerPage() {
  const { t } = useI18n();
  const orders = useQuery({ queryKey: ordersKey, queryFn: () => unwrap(api.GET('/api/provider/orders')) });
  const [message, setMessage] = useState('');
  if (orders.isPending) return <WorkspacePage id="leverandoer"><Loading /></WorkspacePage>;
  if (orders.error) return <WorkspacePage id="leverandoer"><ProblemAlert error={orders.error as ApiError} /></WorkspacePage>;
  if (orders.data.length === 0) return <WorkspacePage id="leverandoer" />;
  const waiting = orders.data.filter((o) => o.status === 'Afventer');
  const answered = orders.data.filter((o) => o.status !== 'Afventer');
  return (
    <div className="sager">
      <WorkspacePage id="leverandoer">
        <p className="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
        {message && (
          <p className="success" aria-hidden="true">
            {message}
          </p>
        )}
        <section className="panel" aria-labelledby="orders-waiting">
          <h2 id="orders-waiting">{t('leverandoer.waiting')}</h2>
          {waiting.length === 0 ? (
            <p className="muted">{t('leverandoer.noneWaiting')}</p>
          ) : (
            <ul className="plain stack">
              {waiting.map((order) => (
                <OrderCard key={order.id} order={order} onAnswered={setMessage} />
              ))}
            </ul>
          )}
        </section>
        {answered.length > 0 && (
          <section className="panel" aria-labelledby="orders-answered">
            <h2 id="orders-answered">{t('leverandoer.answered')}</h2>
            <ul className="plain stack">
              {answered.map((order) => (
                <OrderCard key={order.id} order={order} onAnswered={setMessage} />
              ))}
            </ul>
          </section>
        )}
      </WorkspacePage>
    </div>
  );
}

function OrderCard({ order, onAnswered }: { order: Order; onAnswered: (message: string) => void }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const answer = useMutation({
    mutationFn: (accept: boolean) =>
      accept
        ? unwrap(api.POST('/api/provider/orders/{id}/accept', { params: { path: { id: order.id } }, body: {} }))
        : unwrap(api.POST('/api/provider/orders/{id}/decline', { params: { path: { id: order.id } }, body: { reason: reason.trim() } })),
    onSuccess: (_, accept) => {
      onAnswered(t(accept ? 'leverandoer.didAccept' : 'leverandoer.didDecline', { child: order.child.name }));
      return queryClient.invalidateQueries({ queryKey: ordersKey });
    },
  });
  const titleId = `order-${order.id}`;
  return (
    <li className="card order" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {readable(order.measureType)} · {order.child.name}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('leverandoer.child')}</dt>
          <dd>
            {order.child.name}
            {order.child.dateOfBirth && <span className="muted"> ({t('leverandoer.born', { date: date(order.child.dateOfBirth, language) })})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('leverandoer.scope')}</dt>
          <dd>
            {order.quantity} {tk(t, `sager.unitName.${order.unit}`, order.unit)}
          </dd>
        </div>
        <div>
          <dt>{t('leverandoer.price')}</dt>
          <dd>{money(order.unitPrice, language)}</dd>
        </div>
        <div>
          <dt>{t('leverandoer.period')}</dt>
          <dd>
            {order.end
              ? `${date(order.start, language)} – ${date(order.end, language)}`
              : t('leverandoer.openEnded', { start: date(order.start, language) })}
          </dd>
        </div>
        <div>
          <dt>{t('leverandoer.legalBasis')}</dt>
          <dd>{order.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('leverandoer.contact')}</dt>
          <dd>{order.contact.name}</dd>
        </div>
      </dl>
      {order.goals.length > 0 && (
        <>
          <p>
            <strong>{t('leverandoer.goals')}</strong>
          </p>
          <ul>
            {order.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t('leverandoer.sent', { at: dateTime(order.sentAt, language) })}</p>
      {answer.error && <ProblemAlert error={answer.error as ApiError} />}
      {order.status === 'Afventer' ? (
        declining ? (
          <form
            className="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (!reason.trim()) {
                setMissing(true);
                return;
              }
              answer.mutate(false);
            }}
          >
            <div className={missing && !reason.trim() ? 'field field--invalid' : 'field'}>
              <label htmlFor={`reason-${order.id}`}>{t('leverandoer.reason')}</label>
              <textarea id={`reason-${order.id}`} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus
                aria-invalid={(missing && !reason.trim()) || undefined} aria-describedby={missing ? `reason-error-${order.id}` : undefined} />
              {missing && !reason.trim() && (
                <p id={`reason-error-${order.id}`} className="field__error">
                  {t('leverandoer.reasonMissing')}
                </p>
              )}
            </div>
            <div className="task-actions">
              <button type="submit" className="button button--primary" disabled={answer.isPending}>
                {t('leverandoer.confirmDecline')}
              </button>
              <button type="button" className="button" onClick={() => setDeclining(false)}>
                {t('leverandoer.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className="task-actions">
            <button type="button" className="button button--primary" onClick={() => answer.mutate(true)} disabled={answer.isPending}>
              {t('leverandoer.accept')}
              <span className="visually-hidden">: {order.child.name}</span>
            </button>
            <button type="button" className="button" onClick={() => setDeclining(true)} disabled={answer.isPending}>
              {t('leverandoer.decline')}
              <span className="visually-hidden">: {order.child.name}</span>
            </button>
          </div>
        )
      ) : (
        <p>
          <strong>{t(`leverandoer.status.${order.status}` as const)}</strong>
          {order.answeredAt && <> · {dateTime(order.answeredAt, language)}</>}
          {order.reason && <>: „{order.reason}“</>}
        </p>
      )}
    </li>
  );
}
