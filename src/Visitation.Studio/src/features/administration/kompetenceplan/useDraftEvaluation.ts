import { useEffect, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { adminApi, adminKeys, type ExampleCaseBody } from '../adminApi';
import { toWire, type PlanDocument } from './planModel';

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The server's findings on the draft and its answers for the cases, asked again a moment after each change.
 * The previous answer stays on screen while the next is on its way. With a date, both plans answer as on that day.
 */
export function useDraftEvaluation(plan: PlanDocument, cases: ExampleCaseBody[], date: string | null = null) {
  const body = useDebounced({ plan: toWire(plan), cases, date }, 300);
  return useQuery({
    queryKey: adminKeys.draftEvaluation(body),
    queryFn: () => adminApi.evaluateDraft(body.plan, body.cases, body.date),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
