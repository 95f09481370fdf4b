import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { apiQuery, type WorkListParams } from './worklistParams';

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type TaskPage = Json<'/api/tasks', 'get'>;
export type Task = TaskPage['items'][number];
export type TaskDetails = Json<'/api/tasks/{id}', 'get'>;
export type CaseDetail = Json<'/api/cases/{id}', 'get'>;
export type NextStep = Json<'/api/cases/{id}/next-step', 'get'>;
export type WaitingCase = Json<'/api/cases/waiting', 'get'>[number];
export type TimelineEntry = Json<'/api/cases/{id}/timeline', 'get'>[number];
export type CaseOrder = Json<'/api/cases/{id}/orders', 'get'>[number];
export type CaseDecisions = Json<'/api/cases/{id}/indstillinger', 'get'>;
export type Colleague = Json<'/api/organisation/colleagues', 'get'>[number];
export type RegisterUnderretning = NonNullable<paths['/api/cases/underretninger']['post']['requestBody']>['content']['application/json'];
export type PersonMatch = Json<'/api/cases/search', 'post'>[number];

/** Query keys of the workspace; invalidating `['sager']` refreshes every list and case after a change. */
export const keys = {
  all: ['sager'] as const,
  tasks: (params: WorkListParams) => ['sager', 'tasks', params] as const,
  task: (id: string) => ['sager', 'task', id] as const,
  caseTasks: (caseId: string) => ['sager', 'case-tasks', caseId] as const,
  waiting: ['sager', 'waiting'] as const,
  case: (id: string) => ['sager', 'case', id] as const,
  nextStep: (id: string) => ['sager', 'next-step', id] as const,
  timeline: (id: string) => ['sager', 'timeline', id] as const,
  orders: (id: string) => ['sager', 'orders', id] as const,
  decisions: (id: string) => ['sager', 'decisions', id] as const,
  colleagues: ['organisation', 'colleagues'] as const,
};

export const sagerApi = {
  tasks: (params: WorkListParams) => unwrap(api.GET('/api/tasks', { params: { query: apiQuery(params) } })),
  caseTasks: (caseId: string) => unwrap(api.GET('/api/tasks', { params: { query: { view: 'case', caseId, take: 500 } } })),
  task: (id: string) => unwrap(api.GET('/api/tasks/{id}', { params: { path: { id } } })),
  claim: (id: string) => unwrap(api.POST('/api/tasks/{id}/claim', { params: { path: { id } } })),
  unclaim: (id: string) => unwrap(api.POST('/api/tasks/{id}/unclaim', { params: { path: { id } } })),
  reassign: (id: string, user: string, reason: string) =>
    unwrap(api.POST('/api/tasks/{id}/reassign', { params: { path: { id } }, body: { user, reason } })),
  complete: (id: string, action: string, data: Record<string, unknown>, idempotencyKey: string) =>
    unwrap(api.POST('/api/tasks/{id}/complete', { params: { path: { id } }, body: { action, data: data as never, idempotencyKey } })),
  waiting: () => unwrap(api.GET('/api/cases/waiting')),
  case: (id: string) => unwrap(api.GET('/api/cases/{id}', { params: { path: { id } } })),
  revealCpr: (id: string) => unwrap(api.POST('/api/cases/{id}/cpr/reveal', { params: { path: { id } } })),
  nextStep: (id: string) => unwrap(api.GET('/api/cases/{id}/next-step', { params: { path: { id } } })),
  timeline: (id: string) => unwrap(api.GET('/api/cases/{id}/timeline', { params: { path: { id } } })),
  orders: (id: string) => unwrap(api.GET('/api/cases/{id}/orders', { params: { path: { id } } })),
  decisions: (id: string) => unwrap(api.GET('/api/cases/{id}/indstillinger', { params: { path: { id } } })),
  addDocument: (id: string, body: { title: string; fileName: string; contentType: string; content: string }) =>
    unwrap(api.POST('/api/cases/{id}/documents', { params: { path: { id } }, body })),
  documentUrl: (caseId: string, documentId: string) =>
    `/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}`,
  colleagues: () => unwrap(api.GET('/api/organisation/colleagues')),
  search: (body: { cpr?: string; name?: string; dateOfBirth?: string }) => unwrap(api.POST('/api/cases/search', { body })),
  cprCheck: (cpr: string) => unwrap(api.POST('/api/cpr/check', { body: { cpr } })),
  register: (body: RegisterUnderretning) => unwrap(api.POST('/api/cases/underretninger', { body })),
};

export function useTasks(params: WorkListParams) {
  return useQuery({ queryKey: keys.tasks(params), queryFn: () => sagerApi.tasks(params), placeholderData: keepPreviousData });
}

export function useWaiting(enabled: boolean) {
  return useQuery({ queryKey: keys.waiting, queryFn: sagerApi.waiting, enabled });
}

export function useColleagues() {
  return useQuery({ queryKey: keys.colleagues, queryFn: sagerApi.colleagues, staleTime: 5 * 60_000 });
}

/** Reads a file as base64 for the API's document input. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
