import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type NotificationView = components['schemas']['Beskeder.NotificationView'];

export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  unread: ['notifications', 'unread'] as const,
};

export const notificationsApi = {
  list: () => unwrap(api.GET('/api/notifications')),
  unread: () => unwrap(api.GET('/api/notifications/unread-count')),
  markRead: (id: string) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
  markAllRead: () => unwrap(api.POST('/api/notifications/read-all')),
};
