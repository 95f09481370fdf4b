import type { ProblemError } from '../../../api/client';

/** The server's refusals for one field, shown under it; give the field `aria-describedby={id}` when there are any. */
export function FieldErrors({ id, errors }: { id: string; errors: readonly ProblemError[] }) {
  if (errors.length === 0) return null;
  return (
    // Spans, not a list, so the errors may sit inside a <label>.
    <span className="field-errors" id={id}>
      {errors.map((e) => (
        <span className="field-errors__item" key={`${e.path}:${e.code}:${e.message}`}>
          <span aria-hidden="true">⚠ </span>
          {e.message}
        </span>
      ))}
    </span>
  );
}

/** The props that tie a field to its errors. */
export function errorProps(id: string, errors: readonly ProblemError[]) {
  return errors.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
}
