/** The notification bell's texts in Danish; the keys are the source for every other language. */
export const notificationsDa = {
  'notifications.button': 'Notifikationer',
  'notifications.unread': '{count} ulæste',
  'notifications.title': 'Notifikationer',
  'notifications.none': 'Du har ingen notifikationer. Når nogen sender dig en kopi, en begrundelse eller beder om din godkendelse, kommer den her.',
  'notifications.open': 'Åbn',
  'notifications.markRead': 'Markér som læst',
  'notifications.markAllRead': 'Markér alle som læst',
  'notifications.new': 'Ny',
  'notifications.close': 'Luk',
  'notifications.kind.Notify': 'Besked fra sagsforløbet',
  'notifications.kind.Duty': 'Kompetenceplan',
  'notifications.kind.Kvittering': 'Kvittering',
  'notifications.kind.Letter': 'Brev',
} as const;
