import { useSearchParams } from 'react-router';

/** The year the economy screens show, kept in the URL (`?aar=2026`) so a link shows the same view; this year by default. */
export function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const parsed = Number(params.get('aar'));
  const year = Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100 ? parsed : new Date().getFullYear();
  return [year, (next) => setParams((p) => ({ ...Object.fromEntries(p), aar: String(next) }))];
}
