import type { notificationsDa } from './i18n.da';

export const notificationsEn: Record<keyof typeof notificationsDa, string> = {
  'notifications.button': 'Notifications',
  'notifications.unread': '{count} unread',
  'notifications.title': 'Notifications',
  'notifications.none': 'You have no notifications. When someone sends you a copy, a justification or asks for your approval, it appears here.',
  'notifications.open': 'Open',
  'notifications.markRead': 'Mark as read',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.new': 'New',
  'notifications.close': 'Close',
  'notifications.kind.Notify': 'Message from the case flow',
  'notifications.kind.Duty': 'Competence plan',
  'notifications.kind.Kvittering': 'Receipt',
  'notifications.kind.Letter': 'Letter',
};
