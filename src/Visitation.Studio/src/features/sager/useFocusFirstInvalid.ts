import { useCallback, useEffect, useState } from 'react';

/**
 * After the server refused a form, moves focus to the first field it marked invalid, once that field has rendered
 * as invalid, so a keyboard or screen-reader user lands where the fix is. Call the returned function on refusal.
 */
export function useFocusFirstInvalid(container: string, selector = '[aria-invalid="true"]'): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    document.querySelector<HTMLElement>(`${container} ${selector}`)?.focus();
  }, [request, container, selector]);
  return useCallback(() => setRequest((n) => n + 1), []);
}
