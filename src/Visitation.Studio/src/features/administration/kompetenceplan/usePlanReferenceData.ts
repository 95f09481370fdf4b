import { useQuery } from '@tanstack/react-query';
import { adminApi, adminKeys } from '../adminApi';

export interface LevelOption {
  id: string;
  name: string;
  kind: string;
}

/** The municipality's levels and colleagues, which the plan's selects and the simulator's submitter offer. */
export function usePlanReferenceData() {
  const levels = useQuery({ queryKey: adminKeys.levels, queryFn: adminApi.levels });
  const colleagues = useQuery({ queryKey: adminKeys.colleagues, queryFn: adminApi.colleagues });
  return { levels, colleagues };
}
