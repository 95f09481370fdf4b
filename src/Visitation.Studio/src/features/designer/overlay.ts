import { api, unwrap } from '../../api/client';

export interface ActivityWaiting {
  waiting: number;
  medianHours: number;
}

/** Running cases of a flow by the activity they wait at, with the median time they have waited there. */
export async function loadWaiting(definitionId: string): Promise<Map<string, ActivityWaiting>> {
  const stats = await unwrap(api.GET('/api/workflow-definitions/{definitionId}/activity-stats', { params: { path: { definitionId } } }));
  return new Map(stats.map((s) => [s.activityId, { waiting: s.waiting, medianHours: Math.round(s.medianWaitingHours * 10) / 10 }]));
}
