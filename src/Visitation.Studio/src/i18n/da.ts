// Danish is the default language and the source of the message keys; every other language must
// provide the same keys (see `Messages`).
export const da = {
  'app.name': 'Visitation',
  'app.skipToMain': 'Gå til hovedindhold',
  'app.loading': 'Indlæser …',
  'app.pageTitle': '{page} – Visitation',

  'language.label': 'Sprog',
  'language.da': 'Dansk',
  'language.en': 'English',

  'login.title': 'Log ind',
  'login.intro': 'Log ind med din bruger for at komme til dine arbejdsområder.',
  'login.username': 'Brugernavn',
  'login.password': 'Adgangskode',
  'login.submit': 'Log ind',
  'login.submitting': 'Logger ind …',
  'login.missingFields': 'Udfyld både brugernavn og adgangskode.',
  'login.wrongCredentials': 'Forkert brugernavn eller adgangskode.',
  'login.lockedOut': 'Brugeren er midlertidigt spærret efter for mange forsøg. Prøv igen senere.',
  'login.sessionExpired': 'Du er blevet logget ud, fordi din session er udløbet. Log ind igen for at fortsætte.',
  'login.oidc': 'Log ind med kommunens login',
  'login.errorTitle': 'Du blev ikke logget ind',

  'shell.kommune': 'Kommune',
  'shell.installation': 'Hele installationen',
  'shell.signedInAs': 'Logget ind som',
  'shell.roles': 'Roller',
  'shell.logout': 'Log ud',
  'shell.loggingOut': 'Logger ud …',
  'shell.account': 'Bruger',

  'nav.label': 'Arbejdsområder',
  'nav.designer': 'Designer',
  'nav.sager': 'Sager',
  'nav.moeder': 'Møder',
  'nav.overblik': 'Overblik',

  'role.Procesdesigner': 'Procesdesigner',
  'role.Raadgiver': 'Rådgiver',
  'role.Leder': 'Leder',
  'role.Oekonomi': 'Økonomi',
  'role.Administrator': 'Administrator',
  'role.InstallationAdministrator': 'Installationsadministrator',

  'workspace.notInUse': 'Arbejdsområdet er endnu ikke taget i brug.',

  'designer.title': 'Designer',
  'designer.lead': 'Procesdesignernes arbejdsområde til kommunens forløb.',
  'designer.emptyTitle': 'Ingen forløb endnu',
  'designer.emptyBody':
    'Her kommer du til at se, tegne og udgive kommunens forløb – fra underretning til opfølgning – med frister, fora og kompetenceplan.',

  'sager.title': 'Sager',
  'sager.lead': 'Rådgivernes arbejdsområde til sager og opgaver.',
  'sager.emptyTitle': 'Ingen sager endnu',
  'sager.emptyBody':
    'Her kommer du til at se dine sager og de opgaver, der venter på dig: underretninger, undersøgelser, indstillinger og opfølgninger med deres frister.',

  'moeder.title': 'Møder',
  'moeder.lead': 'Ledernes arbejdsområde til mødekøer.',
  'moeder.emptyTitle': 'Ingen møder endnu',
  'moeder.emptyBody':
    'Her kommer du til at se de kommende møder i visitationsudvalg og sagskonferencer, deres dagsordener og de indstillinger, der venter på en afgørelse.',

  'overblik.title': 'Overblik',
  'overblik.lead': 'Ledelsesinformation om sager, frister og økonomi.',
  'overblik.emptyTitle': 'Intet at vise endnu',
  'overblik.emptyBody':
    'Her kommer du til at se ledelsesinformation: sager og frister, sagsbehandlingstider, afgørelser og forbrug set mod budgettet.',

  'notFound.title': 'Siden findes ikke',
  'notFound.body': 'Adressen passer ikke til nogen side i Visitation.',
  'notFound.home': 'Gå til forsiden',

  'error.title': 'Noget gik galt',
  'error.network': 'Serveren kunne ikke kontaktes. Tjek forbindelsen, og prøv igen.',
  'error.status': 'Serveren svarede med fejl {status}.',
  'error.retry': 'Prøv igen',
  'error.details': 'Detaljer',
} as const;

export type MessageKey = keyof typeof da;
export type Messages = Record<MessageKey, string>;
