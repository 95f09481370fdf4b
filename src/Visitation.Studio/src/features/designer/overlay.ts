import { designerApi } from './designerApi';

export interface ActivityWaiting {
  waiting: number;
  medianHours: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// Reading every running case costs one call each; the overlay is for a look, so it stops at this many.
const instanceLimit = 200;

/**
 * Running cases of a flow by the activity they wait at, with the median time since each case last moved.
 * Built from the instances API: one list call and one detail call per running case.
 */
export async function loadWaiting(definitionId: string, now = Date.now()): Promise<Map<string, ActivityWaiting>> {
  const running = (await designerApi.instances(definitionId, 'Running')).slice(0, instanceLimit);
  const details = await Promise.all(running.map((i) => designerApi.instance(i.id).catch(() => null)));
  const hours = new Map<string, number[]>();
  for (const detail of details) {
    if (!detail) continue;
    const since = new Date(detail.updatedAt).getTime();
    for (const activityId of new Set(detail.bookmarks.map((b) => b.activityId))) {
      hours.set(activityId, [...(hours.get(activityId) ?? []), Math.max(0, (now - since) / 3_600_000)]);
    }
  }
  return new Map([...hours].map(([id, list]) => [id, { waiting: list.length, medianHours: Math.round(median(list) * 10) / 10 }]));
}
