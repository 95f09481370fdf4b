import type { Messages } from './da';

// Danish domain terms (underretning, indstilling, ...) stay Danish: they are legal terms.
export const en: Messages = {
  'app.name': 'Visitation',
  'app.skipToMain': 'Skip to main content',
  'app.loading': 'Loading …',
  'app.pageTitle': '{page} – Visitation',

  'language.label': 'Language',
  'language.da': 'Dansk',
  'language.en': 'English',

  'login.title': 'Sign in',
  'login.intro': 'Sign in with your user account to reach your workspaces.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in …',
  'login.missingFields': 'Enter both username and password.',
  'login.wrongCredentials': 'Wrong username or password.',
  'login.lockedOut': 'The user is temporarily locked after too many attempts. Try again later.',
  'login.sessionExpired': 'You were signed out because your session expired. Sign in again to continue.',
  'login.oidc': "Sign in with the municipality's login",
  'login.errorTitle': 'You were not signed in',

  'shell.kommune': 'Municipality',
  'shell.installation': 'Whole installation',
  'shell.signedInAs': 'Signed in as',
  'shell.roles': 'Roles',
  'shell.logout': 'Sign out',
  'shell.loggingOut': 'Signing out …',
  'shell.account': 'User',

  'nav.label': 'Workspaces',
  'nav.designer': 'Designer',
  'nav.sager': 'Cases',
  'nav.moeder': 'Meetings',
  'nav.overblik': 'Overview',

  'role.Procesdesigner': 'Process designer',
  'role.Raadgiver': 'Caseworker',
  'role.Leder': 'Manager',
  'role.Oekonomi': 'Finance',
  'role.Administrator': 'Administrator',
  'role.InstallationAdministrator': 'Installation administrator',

  'workspace.notInUse': 'This workspace is not in use yet.',

  'designer.title': 'Designer',
  'designer.lead': "The process designers' workspace for the municipality's flows.",
  'designer.emptyTitle': 'No flows yet',
  'designer.emptyBody':
    "Here you will view, draw and publish the municipality's flows – from underretning to opfølgning – with deadlines, forums and the competence plan.",

  'sager.title': 'Cases',
  'sager.lead': "The caseworkers' workspace for cases and tasks.",
  'sager.emptyTitle': 'No cases yet',
  'sager.emptyBody':
    'Here you will see your cases and the tasks waiting for you: underretninger, undersøgelser, indstillinger and follow-ups with their deadlines.',

  'moeder.title': 'Meetings',
  'moeder.lead': "The managers' workspace for meeting queues.",
  'moeder.emptyTitle': 'No meetings yet',
  'moeder.emptyBody':
    'Here you will see the coming meetings of visitationsudvalg and sagskonferencer, their agendas and the indstillinger awaiting a decision.',

  'overblik.title': 'Overview',
  'overblik.lead': 'Management information on cases, deadlines and finances.',
  'overblik.emptyTitle': 'Nothing to show yet',
  'overblik.emptyBody':
    'Here you will see management information: cases and deadlines, processing times, decisions and spending against the budget.',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address does not match any page in Visitation.',
  'notFound.home': 'Go to the front page',

  'error.title': 'Something went wrong',
  'error.network': 'The server could not be reached. Check the connection and try again.',
  'error.status': 'The server answered with error {status}.',
  'error.retry': 'Try again',
  'error.details': 'Details',
};
