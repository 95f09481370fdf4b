import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/**
 * The Studio's one cache of server state. A refusal (4xx) is the server's answer and is not retried;
 * a network failure or a 5xx is retried once before the screen shows it.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: true,
      retry: (failureCount, error) =>
        failureCount < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
    mutations: { retry: false },
  },
});
