import type { ApiError } from '../api/client';
import { useI18n, type Translate } from '../i18n';

/** The sentence to show for a failed call: the server's own words when it gave any. */
export function problemMessage(error: ApiError, t: Translate): string {
  if (error.status === 0) return t('error.network');
  return error.problem.detail || error.problem.title || t('error.status', { status: error.status });
}

interface Props {
  error: ApiError;
  /** Heading above the message; defaults to a generic "something went wrong". */
  title?: string;
  id?: string;
}

/** Shows a ProblemDetails response (title, detail and each field error) as an alert. */
export function ProblemAlert({ error, title, id }: Props) {
  const { t } = useI18n();
  const message = problemMessage(error, t);
  // The first error is usually the detail itself; list only what the message does not already say.
  const fieldErrors = (error.problem.errors ?? []).filter((e) => e.message !== message);
  return (
    <div className="alert" role="alert" id={id}>
      <p className="alert__title">{title ?? t('error.title')}</p>
      <p className="alert__message">{message}</p>
      {fieldErrors.length > 0 && (
        <ul className="alert__list" aria-label={t('error.details')}>
          {fieldErrors.map((e) => (
            <li key={`${e.path}:${e.code}`}>{e.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
