import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { formatInstant } from '../moeder/time';
import { notificationKeys, notificationsApi, type NotificationView } from './notificationsApi';
import './notifications.css';

/**
 * The bell in the header: the count of unread notifications (polled), and a panel with the newest ones. Opening a
 * notification's link marks it read and goes to the case or meeting it is about.
 */
export function NotificationBell() {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const unread = useQuery({ queryKey: notificationKeys.unread, queryFn: notificationsApi.unread, refetchInterval: 30_000 });
  const list = useQuery({ queryKey: notificationKeys.list, queryFn: notificationsApi.list, enabled: open });
  const markRead = useMutation({
    mutationFn: notificationsApi.markRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
  const markAllRead = useMutation({
    mutationFn: notificationsApi.markAllRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
  const count = list.data?.unread ?? unread.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    panelRef.current?.focus();
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    function onClick(event: MouseEvent) {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    }
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  function follow(item: NotificationView) {
    if (!item.readAt) markRead.mutate(item.id);
    setOpen(false);
  }

  const error = (list.error ?? markRead.error ?? markAllRead.error) as ApiError | null;
  return (
    <div className="bell">
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        <span className="visually-hidden">
          {count > 0 ? `${t('notifications.button')}, ${t('notifications.unread', { count })}` : t('notifications.button')}
        </span>
        {count > 0 && (
          <span className="bell__count" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} ref={panelRef} className="bell__panel" role="region" aria-label={t('notifications.title')} tabIndex={-1}>
          <div className="bell__head">
            <h2>{t('notifications.title')}</h2>
            {count > 0 && (
              <button type="button" className="button button--quiet button--small" onClick={() => markAllRead.mutate()} disabled={markAllRead.isPending}>
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          {error && <ProblemAlert error={error} />}
          {list.data && list.data.items.length === 0 && <p className="bell__empty">{t('notifications.none')}</p>}
          {list.data && list.data.items.length > 0 && (
            <ul className="bell__list">
              {list.data.items.map((item) => (
                <li key={item.id} className={item.readAt ? 'bell__item' : 'bell__item bell__item--unread'}>
                  <p className="bell__meta">
                    {!item.readAt && <span className="bell__new">{t('notifications.new')}</span>}
                    <span>{t(`notifications.kind.${item.kind}`)}</span>
                    <span aria-hidden="true">·</span>
                    <time dateTime={item.createdAt}>{formatInstant(item.createdAt, language)}</time>
                  </p>
                  <p className="bell__subject">{item.subject}</p>
                  {item.bodyText && <p className="bell__body">{item.bodyText}</p>}
                  <div className="bell__actions">
                    {item.link && (
                      <Link to={item.link} className="button button--small" onClick={() => follow(item)}>
                        {t('notifications.open')}
                        <span className="visually-hidden">: {item.subject}</span>
                      </Link>
                    )}
                    {!item.readAt && (
                      <button type="button" className="button button--quiet button--small" onClick={() => markRead.mutate(item.id)}>
                        {t('notifications.markRead')}
                        <span className="visually-hidden">: {item.subject}</span>
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
