import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, type ProblemError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';
import { localInputValue } from './format';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';
import { useArrivalFocus } from './useArrivalFocus';
import { keys, readBase64, sagerApi, type PersonMatch, type RegisterUnderretning } from './sagerApi';

type NotifierType = 'Professional' | 'Private' | 'Anonymous';

interface Holder {
  name: string;
  relation: string;
}

interface ChildRow {
  key: number;
  cpr: string;
  name: string;
  /** The open case the underretning goes on, when the check found one. */
  openCase: PersonMatch | null;
  /** An earlier, closed case of the child: its custody holders are filled in. */
  earlier: PersonMatch | null;
  cprStatus: 'empty' | 'checking' | 'valid' | 'invalid';
  dateOfBirth: string | null;
  holders: Holder[];
}

const emptyChild = (key: number): ChildRow => ({
  key, cpr: '', name: '', openCase: null, earlier: null, cprStatus: 'empty', dateOfBirth: null, holders: [{ name: '', relation: '' }],
});

/** A CPR number as people type it, with or without the dash: "0101152345" or "010115-2345". */
export function normalizeCpr(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 6)}-${digits.slice(6)}` : null;
}

/**
 * Registering an underretning with as few fields as the law allows: who sent it (identity visibly protected), when it
 * came (now unless changed), what it says, attachments, and the children by CPR number with a live check for an open
 * case (the underretning then goes on it) or an earlier one (its custody holders are filled in).
 */
export function RegisterPage() {
  const { t } = useI18n();
  usePageTitle(t('sager.register.title'));
  const queryClient = useQueryClient();
  const [type, setType] = useState<NotifierType>('Professional');
  const [notifierName, setNotifierName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [contact, setContact] = useState('');
  const [receivedAt, setReceivedAt] = useState(() => localInputValue(new Date()));
  const [content, setContent] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [children, setChildren] = useState<ChildRow[]>([emptyChild(0)]);
  const [fieldErrors, setFieldErrors] = useState<ProblemError[]>([]);
  const nextKey = useRef(1);
  const focusFirstInvalid = useFocusFirstInvalid('.register');
  useArrivalFocus(true);

  const errorAt = (path: string) => fieldErrors.filter((e) => e.path === path || e.path.startsWith(path + '/')).map((e) => e.message);

  const register = useMutation({
    mutationFn: async () => {
      const body: RegisterUnderretning = {
        notifierType: type,
        notifier: type === 'Anonymous' ? undefined : { name: notifierName.trim() || null, organisation: organisation.trim() || null, contact: contact.trim() || null },
        receivedAt: new Date(receivedAt).toISOString(),
        content: content.trim(),
        attachments: await Promise.all(
          files.map(async (file) => ({ title: file.name, fileName: file.name, contentType: file.type || 'application/octet-stream', content: await readBase64(file) })),
        ),
        children: children.map((c) =>
          c.openCase
            ? { caseId: c.openCase.id }
            : {
                child: { name: c.name.trim(), cpr: normalizeCpr(c.cpr) ?? (c.cpr.trim() || null), dateOfBirth: null },
                custodyHolders: c.holders.filter((h) => h.name.trim()).map((h) => ({ name: h.name.trim(), relation: h.relation.trim() || null })),
              },
        ),
      };
      return sagerApi.register(body);
    },
    onSuccess: () => {
      setFieldErrors([]);
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
    onError: (error: ApiError) => {
      setFieldErrors(error.problem.errors ?? []);
      focusFirstInvalid();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate();
  };

  const updateChild = (key: number, change: Partial<ChildRow>) =>
    setChildren((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  if (register.data) {
    return (
      <div className="register">
        <div className="workspace__heading">
          <h1 tabIndex={-1}>{t('sager.register.done')}</h1>
        </div>
        <section className="panel" aria-labelledby="register-result">
          <h2 id="register-result">{t('sager.register.cases')}</h2>
          <ul className="plain stack">
            {register.data.cases.map((c) => (
              <li key={c.caseId} className="card">
                <p>
                  <strong>{c.childName}</strong> {c.cpr && <span className="worklist__cpr">{c.cpr}</span>}
                </p>
                <p>{c.newCase ? t('sager.register.newCase', { number: c.caseNumber }) : t('sager.register.addedTo', { number: c.caseNumber })}</p>
                <Link className="button button--primary" to={`/sager/${c.caseId}`}>
                  {t('sager.register.openCase.button')}
                  <span className="visually-hidden"> {c.childName}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/sager">{t('sager.register.back')}</Link>
          </p>
        </section>
      </div>
    );
  }

  const general = register.error && fieldErrors.every((e) => !e.path) ? (register.error as ApiError) : null;

  return (
    <div className="register">
      <nav aria-label={t('sager.breadcrumb')} className="breadcrumb">
        <Link to="/sager">{t('sager.title')}</Link>
      </nav>
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('sager.register.title')}</h1>
        <p className="workspace__lead">{t('sager.register.lead')}</p>
      </div>
      <form className="form register__form" onSubmit={submit} noValidate>
        {general && <ProblemAlert error={general} />}
        {register.error && fieldErrors.some((e) => e.path) && (
          <p className="alert" role="alert">
            {t('sager.register.fix', { count: fieldErrors.length })}
          </p>
        )}

        <fieldset className="panel">
          <legend>{t('sager.register.notifier')}</legend>
          <div className="radios" role="radiogroup" aria-label={t('sager.register.notifierType')}>
            {(['Professional', 'Private', 'Anonymous'] as const).map((value) => (
              <label key={value} className="radio">
                <input type="radio" name="notifierType" value={value} checked={type === value} onChange={() => setType(value)} />
                {t(`sager.notifier.${value}` as const)}
              </label>
            ))}
          </div>
          {type !== 'Anonymous' && (
            <div className="protected" aria-describedby="protected-note">
              <p id="protected-note" className="protected__note">
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
                  <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
                </svg>
                {t('sager.register.protected')}
              </p>
              <Field id="notifier-name" label={t('sager.register.notifierName')} errors={errorAt('/notifier/name')}>
                {(props) => <input {...props} value={notifierName} onChange={(e) => setNotifierName(e.target.value)} autoComplete="off" />}
              </Field>
              <div className="field-row">
                <Field id="notifier-org" label={t('sager.register.organisation')} errors={errorAt('/notifier/organisation')}>
                  {(props) => <input {...props} value={organisation} onChange={(e) => setOrganisation(e.target.value)} autoComplete="off" />}
                </Field>
                <Field id="notifier-contact" label={t('sager.register.contact')} errors={errorAt('/notifier/contact')}>
                  {(props) => <input {...props} value={contact} onChange={(e) => setContact(e.target.value)} autoComplete="off" />}
                </Field>
              </div>
            </div>
          )}
        </fieldset>

        <fieldset className="panel">
          <legend>{t('sager.register.underretning')}</legend>
          <Field id="received-at" label={t('sager.register.receivedAt')} errors={errorAt('/receivedAt')} hint={t('sager.register.receivedAtHint')}>
            {(props) => <input {...props} type="datetime-local" value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)} />}
          </Field>
          <Field id="content" label={t('sager.register.content')} errors={errorAt('/content')}>
            {(props) => <textarea {...props} rows={6} value={content} onChange={(e) => setContent(e.target.value)} />}
          </Field>
          <Field id="attachments" label={t('sager.register.attachments')} errors={errorAt('/attachments')}>
            {(props) => <input {...props} type="file" multiple onChange={(e) => setFiles([...(e.target.files ?? [])])} />}
          </Field>
        </fieldset>

        {children.map((child, index) => (
          <ChildFields
            key={child.key}
            index={index}
            child={child}
            errorAt={(path) => errorAt(`/children/${index}${path}`)}
            onChange={(change) => updateChild(child.key, change)}
            onRemove={children.length > 1 ? () => setChildren((rows) => rows.filter((r) => r.key !== child.key)) : undefined}
          />
        ))}
        <div className="form__actions">
          <button type="button" className="button" onClick={() => setChildren((rows) => [...rows, emptyChild(nextKey.current++)])}>
            {t('sager.register.addChild')}
          </button>
          <button type="submit" className="button button--primary" disabled={register.isPending}>
            {register.isPending ? t('sager.register.submitting') : t('sager.register.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

function ChildFields({ index, child, errorAt, onChange, onRemove }: {
  index: number;
  child: ChildRow;
  errorAt: (path: string) => string[];
  onChange: (change: Partial<ChildRow>) => void;
  onRemove?: () => void;
}) {
  const { t } = useI18n();
  const prefix = `child-${child.key}`;
  const latest = useRef(child.cpr);
  latest.current = child.cpr;

  // The live check: as soon as ten digits are typed, the number is checked and the child looked up.
  useEffect(() => {
    const cpr = normalizeCpr(child.cpr);
    if (!cpr) {
      if (child.cprStatus !== 'empty' && child.cprStatus !== 'invalid') onChange({ cprStatus: 'empty', openCase: null, earlier: null, dateOfBirth: null });
      else if (child.cpr.replace(/[\s-]/g, '').length > 10 && child.cprStatus !== 'invalid') onChange({ cprStatus: 'invalid' });
      return;
    }
    let cancelled = false;
    onChange({ cprStatus: 'checking' });
    (async () => {
      try {
        const check = await sagerApi.cprCheck(cpr);
        const matches = await sagerApi.search({ cpr });
        if (cancelled || normalizeCpr(latest.current) !== cpr) return;
        const open = matches.find((m) => m.status === 'Aaben') ?? null;
        const earlier = open ? null : matches[0] ?? null;
        const change: Partial<ChildRow> = { cprStatus: 'valid', dateOfBirth: check.dateOfBirth, openCase: open, earlier };
        const known = open ?? earlier;
        if (known && !child.name.trim()) change.name = known.childName;
        if (earlier) {
          const previous = await sagerApi.case(earlier.id);
          if (!cancelled && previous.custodyHolders.length > 0 && child.holders.every((h) => !h.name.trim()))
            change.holders = previous.custodyHolders.map((h) => ({ name: h.name, relation: h.relation ?? '' }));
        }
        if (!cancelled) onChange(change);
      } catch (error) {
        if (!cancelled) onChange({ cprStatus: error instanceof ApiError && error.status === 400 ? 'invalid' : 'empty' });
      }
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [child.cpr]);

  const cprErrors = [...errorAt('/child/cpr'), ...(child.cprStatus === 'invalid' ? [t('sager.register.cprInvalid')] : [])];
  return (
    <fieldset className="panel">
      <legend>{t('sager.register.child', { n: index + 1 })}</legend>
      <div className="field-row">
        <Field id={`${prefix}-cpr`} label={t('sager.register.cpr')} errors={cprErrors} hint={t('sager.register.cprHint')}>
          {(props) => (
            <input {...props} inputMode="numeric" autoComplete="off" value={child.cpr} onChange={(e) => onChange({ cpr: e.target.value })} />
          )}
        </Field>
        <Field id={`${prefix}-name`} label={t('sager.register.childName')} errors={errorAt('/child/name')}>
          {(props) => (
            <input {...props} autoComplete="off" value={child.name} disabled={!!child.openCase} onChange={(e) => onChange({ name: e.target.value })} />
          )}
        </Field>
      </div>
      <div className="cpr-check" role="status" aria-live="polite">
        {child.cprStatus === 'checking' && t('sager.register.checking')}
        {child.cprStatus === 'valid' && child.openCase && (
          <p className="notice notice--warning">
            {t('sager.register.openCase', { number: child.openCase.caseNumber, tovholder: child.openCase.tovholder })}
          </p>
        )}
        {child.cprStatus === 'valid' && child.earlier && <p className="notice">{t('sager.register.earlierCase', { number: child.earlier.caseNumber })}</p>}
        {child.cprStatus === 'valid' && !child.openCase && !child.earlier && <p className="muted">{t('sager.register.noCase')}</p>}
      </div>
      {!child.openCase && (
        <fieldset className="holders">
          <legend>{t('sager.register.custody')}</legend>
          {child.holders.map((holder, i) => (
            <div key={i} className="field-row">
              <Field id={`${prefix}-holder-${i}`} label={t('sager.register.holderName', { n: i + 1 })} errors={errorAt(`/custodyHolders/${i}/name`)}>
                {(props) => (
                  <input {...props} autoComplete="off" value={holder.name}
                    onChange={(e) => onChange({ holders: child.holders.map((h, j) => (j === i ? { ...h, name: e.target.value } : h)) })} />
                )}
              </Field>
              <Field id={`${prefix}-relation-${i}`} label={t('sager.register.relation')} errors={[]}>
                {(props) => (
                  <input {...props} autoComplete="off" value={holder.relation} list="relations"
                    onChange={(e) => onChange({ holders: child.holders.map((h, j) => (j === i ? { ...h, relation: e.target.value } : h)) })} />
                )}
              </Field>
            </div>
          ))}
          <datalist id="relations">
            <option value="mor" />
            <option value="far" />
            <option value="værge" />
          </datalist>
          {child.holders.length < 4 && (
            <button type="button" className="button button--small button--ghost" onClick={() => onChange({ holders: [...child.holders, { name: '', relation: '' }] })}>
              {t('sager.register.addHolder')}
            </button>
          )}
        </fieldset>
      )}
      {onRemove && (
        <button type="button" className="button button--small button--ghost" onClick={onRemove}>
          {t('sager.register.removeChild', { n: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}

interface FieldProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A labelled input with its hint and its errors (the server's, at the field), tied together for screen readers. */
function Field({ id, label, errors, hint, children }: {
  id: string;
  label: string;
  errors: string[];
  hint?: string;
  children: (props: FieldProps & { id: string }) => React.ReactNode;
}) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, errors.length > 0 ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length > 0 ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': errors.length > 0 || undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
