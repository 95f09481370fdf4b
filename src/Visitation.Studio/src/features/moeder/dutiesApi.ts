import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type QueuedDuty = Schemas['Pligter.QueuedDutyView'];
export type Duty = Schemas['Pligter.DutyView'];

/** Query keys of the duties: the leader's own queue, and a case's duties (the case page reads those). */
export const dutyKeys = {
  all: ['duties'] as const,
  mine: () => ['duties', 'mine'] as const,
  ofCase: (caseId: string) => ['duties', 'case', caseId] as const,
};

const dutyPath = (id: string, dutyId: string) => ({ path: { id, dutyId } });

export const dutiesApi = {
  mine: () => unwrap(api.GET('/api/duties/mine')),
  ofCase: (id: string) => unwrap(api.GET('/api/cases/{id}/duties', { params: { path: { id } } })),
  approve: (caseId: string, dutyId: string, reason: string) =>
    unwrap(api.POST('/api/cases/{id}/duties/{dutyId}/approve', { params: dutyPath(caseId, dutyId), body: { reason } })),
  refuse: (caseId: string, dutyId: string, reason: string) =>
    unwrap(api.POST('/api/cases/{id}/duties/{dutyId}/refuse', { params: dutyPath(caseId, dutyId), body: { reason } })),
  justify: (caseId: string, dutyId: string, justification: string) =>
    unwrap(api.POST('/api/cases/{id}/duties/{dutyId}/justification', { params: dutyPath(caseId, dutyId), body: { justification } })),
};
