import { useMutation, useQueryClient } from '@tanstack/react-query';
import { moederKeys } from './moederApi';

/** A change to a meeting: on success every meeting screen refreshes, on refusal nothing changed and the caller shows why. */
export function useMeetingAction<TArgs = void, TResult = unknown>(action: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moederKeys.all }),
  });
}
