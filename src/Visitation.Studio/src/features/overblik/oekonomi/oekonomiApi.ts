import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';

type Schemas = components['schemas'];
export type Budget = Schemas['Oekonomi.BudgetView'];
export type BudgetLineInput = Schemas['Oekonomi.SaveBudget.LineInput'];
export type ActualsPreview = Schemas['Oekonomi.ActualsPreviewView'];
export type ActualsImport = Schemas['Oekonomi.ActualsImportView'];
export type Forecast = Schemas['Oekonomi.ForecastView'];
export type Accuracy = Schemas['Oekonomi.ForecastAccuracyView'];
export type Variance = Schemas['Oekonomi.VarianceView'];
export type MeetingBudget = Schemas['Oekonomi.MeetingBudgetView'];

export const policyAreas = ['forebyggelse', 'anbringelse', 'myndighed', 'andet'] as const;
export const measureTypes = [
  'familiebehandling',
  'aflastning',
  'anbringelse',
  'kontaktperson',
  'praktisk-paedagogisk-stoette',
  'tidlig-forebyggende-indsats',
  'andet',
] as const;

/** Every economy screen hangs under `oekonomi`, so a budget change or an import refreshes the forecast and the variance too. */
export const oekonomiKeys = {
  all: ['oekonomi'] as const,
  budget: (year: number) => ['oekonomi', 'budget', year] as const,
  imports: () => ['oekonomi', 'imports'] as const,
  forecast: (year: number) => ['oekonomi', 'forecast', year] as const,
  accuracy: (year: number) => ['oekonomi', 'accuracy', year] as const,
  variance: (year: number) => ['oekonomi', 'variance', year] as const,
  meeting: (forumId: string, meetingId: string) => ['oekonomi', 'meeting', forumId, meetingId] as const,
};

const year = (y: number) => ({ params: { path: { year: y } } });

export const oekonomiApi = {
  budget: (y: number) => unwrap(api.GET('/api/economy/budgets/{year}', year(y))),
  saveBudget: (y: number, lines: BudgetLineInput[]) => unwrap(api.PUT('/api/economy/budgets/{year}', { ...year(y), body: { lines } })),
  preview: (fileName: string, content: string) => unwrap(api.POST('/api/economy/actuals/preview', { body: { fileName, content } })),
  importActuals: (fileName: string, content: string) => unwrap(api.POST('/api/economy/actuals/imports', { body: { fileName, content } })),
  imports: () => unwrap(api.GET('/api/economy/actuals/imports')),
  forecast: (y: number) => unwrap(api.GET('/api/economy/forecasts/{year}', year(y))),
  accuracy: (y: number) => unwrap(api.GET('/api/economy/forecasts/{year}/accuracy', year(y))),
  variance: (y: number) => unwrap(api.GET('/api/economy/variances/{year}', year(y))),
  meeting: (forumId: string, meetingId: string) =>
    unwrap(api.GET('/api/economy/fora/{forumId}/meetings/{meetingId}/budget', { params: { path: { forumId, meetingId } } })),
};
