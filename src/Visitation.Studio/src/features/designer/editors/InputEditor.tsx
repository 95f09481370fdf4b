import { useId, useState } from 'react';
import { useI18n } from '../../../i18n';
import { localized } from '../descriptors';
import type { InputDescriptor, InputValue, LeveledFinding, VariableJson } from '../types';
import { CandidatesEditor, candidatesOf } from './CandidatesEditor';
import { useOptions } from './useOptions';

type Mode = 'Literal' | 'JavaScript' | 'Variable';

interface Props {
  input: InputDescriptor;
  value: InputValue | undefined;
  variables: readonly VariableJson[];
  findings: readonly LeveledFinding[];
  readOnly: boolean;
  onChange: (value: InputValue | undefined) => void;
}

function modeOf(value: InputValue | undefined): Mode {
  const type = value?.expression?.type;
  return type === 'JavaScript' || type === 'Variable' ? type : 'Literal';
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** One input of an activity, edited the way its descriptor's uiHint says; any input can also be an expression or a variable. */
export function InputEditor({ input, value, variables, findings, readOnly, onChange }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const mode = modeOf(value);
  const raw = value?.expression?.value;
  const { options } = useOptions(input.optionsSource);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const label = localized(input.displayName, language);
  const help = localized(input.description, language);
  const errorId = `${id}-errors`;
  const labelId = `${id}-label`;
  const described = findings.length > 0 || jsonError ? errorId : undefined;

  const set = (type: string, next: unknown) => {
    if (next === '' || next === undefined) onChange(undefined);
    else onChange({ ...value, typeName: input.type, expression: { type, value: next } });
  };

  const common = { id, disabled: readOnly, 'aria-describedby': described, 'aria-invalid': findings.some((f) => f.level === 'error') || undefined };

  const literal = () => {
    if (options && options.length > 0) {
      return (
        <select className="designer-input" {...common} value={asText(raw)} onChange={(e) => set('Literal', e.target.value)}>
          <option value="">{t('designer.props.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    }
    const candidates = input.uiHint === 'candidates' ? candidatesOf(raw) : null;
    if (candidates) {
      return (
        <CandidatesEditor id={id} labelId={labelId} value={candidates} readOnly={readOnly} onChange={(list) => set('Literal', list.length > 0 ? list : '')} />
      );
    }
    switch (input.uiHint) {
      case 'checkbox':
        return <input type="checkbox" {...common} checked={raw === true || raw === 'true'} onChange={(e) => set('Literal', e.target.checked)} />;
      case 'multiline':
        return <textarea className="designer-input" rows={3} {...common} value={asText(raw)} onChange={(e) => set('Literal', e.target.value)} />;
      case 'candidates':
      case 'json':
        return (
          <textarea
            className="designer-input designer-input--code"
            rows={4}
            {...common}
            defaultValue={asText(raw)}
            onBlur={(e) => {
              const text = e.target.value.trim();
              if (!text) {
                setJsonError(null);
                onChange(undefined);
                return;
              }
              try {
                set('Literal', JSON.parse(text));
                setJsonError(null);
              } catch (error) {
                setJsonError(t('designer.props.invalidJson', { message: (error as Error).message }));
              }
            }}
          />
        );
      case 'stringlist':
        return (
          <textarea
            className="designer-input"
            rows={3}
            {...common}
            placeholder={t('designer.props.onePerLine')}
            value={Array.isArray(raw) ? raw.join('\n') : asText(raw)}
            onChange={(e) => set('Literal', e.target.value === '' ? '' : e.target.value.split('\n'))}
            onBlur={(e) => {
              const items = e.target.value.split('\n').map((s) => s.trim()).filter(Boolean);
              set('Literal', items.length ? items : '');
            }}
          />
        );
      case 'datetime':
        return <input type="datetime-local" className="designer-input" {...common} value={asText(raw).slice(0, 16)} onChange={(e) => set('Literal', e.target.value)} />;
      case 'duration':
        return <input className="designer-input" {...common} placeholder="00:05:00" value={asText(raw)} onChange={(e) => set('Literal', e.target.value)} />;
      case 'cron':
        return <input className="designer-input" {...common} placeholder="0 0 9 * * MON-FRI" value={asText(raw)} onChange={(e) => set('Literal', e.target.value)} />;
      case 'code':
        return <textarea className="designer-input designer-input--code" rows={4} {...common} value={asText(raw)} onChange={(e) => set('JavaScript', e.target.value)} />;
      case 'variable':
        return variablePicker();
      default:
        if (input.type === 'Boolean') {
          return <input type="checkbox" {...common} checked={raw === true || raw === 'true'} onChange={(e) => set('Literal', e.target.checked)} />;
        }
        if (['Int32', 'Int64', 'Double', 'Decimal'].includes(input.type)) {
          return <input type="number" className="designer-input" {...common} value={asText(raw)} onChange={(e) => set('Literal', e.target.value === '' ? '' : Number(e.target.value))} />;
        }
        return <input className="designer-input" {...common} value={asText(raw)} onChange={(e) => set('Literal', e.target.value)} />;
    }
  };

  const variablePicker = () => (
    <select className="designer-input" {...common} value={asText(raw)} onChange={(e) => set(mode === 'Literal' && input.uiHint === 'variable' ? 'Literal' : 'Variable', e.target.value)}>
      <option value="">{t('designer.props.chooseVariable')}</option>
      {variables.map((v) => (
        <option key={v.id} value={v.name}>
          {v.name}
        </option>
      ))}
    </select>
  );

  return (
    <div className="designer-field">
      <div className="designer-field__head">
        <label htmlFor={id} id={labelId}>
          {label}
          {input.required && <span aria-hidden="true"> *</span>}
          {input.required && <span className="visually-hidden"> ({t('designer.props.required')})</span>}
        </label>
        {!readOnly && input.uiHint !== 'code' && (
          <select
            className="designer-field__mode"
            aria-label={t('designer.props.modeOf', { name: label })}
            value={mode}
            onChange={(e) => {
              const next = e.target.value as Mode;
              onChange(next === 'Literal' ? undefined : { typeName: input.type, expression: { type: next, value: '' } });
            }}
          >
            <option value="Literal">{t('designer.props.mode.literal')}</option>
            <option value="JavaScript">{t('designer.props.mode.javascript')}</option>
            <option value="Variable">{t('designer.props.mode.variable')}</option>
          </select>
        )}
      </div>
      {help && <p className="designer-field__help">{help}</p>}
      {mode === 'JavaScript' && input.uiHint !== 'code' ? (
        <textarea
          className="designer-input designer-input--code"
          rows={3}
          {...common}
          spellCheck={false}
          value={asText(raw)}
          onChange={(e) => set('JavaScript', e.target.value)}
        />
      ) : mode === 'Variable' ? (
        variablePicker()
      ) : (
        literal()
      )}
      {(findings.length > 0 || jsonError) && (
        <ul id={errorId} className="designer-field__findings">
          {jsonError && <li className="designer-finding designer-finding--error">{jsonError}</li>}
          {findings.map((f, i) => (
            <li key={i} className={`designer-finding designer-finding--${f.level}`}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
