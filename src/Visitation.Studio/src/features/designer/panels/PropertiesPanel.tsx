import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../../i18n';
import { localized, useDescriptors } from '../descriptors';
import { InputEditor } from '../editors/InputEditor';
import { useDesigner } from '../store';
import { VariablesEditor } from './VariablesEditor';
import type { InputValue, LeveledFinding } from '../types';

function concernsInput(finding: LeveledFinding, inputName: string): boolean {
  const path = finding.path.toLowerCase();
  const name = inputName.toLowerCase();
  return path.endsWith(`/${name}`) || path.includes(`/${name}/`);
}

/** The selected activity's name and inputs, with editors generated from its descriptor. */
export function PropertiesPanel({ readOnly }: { readOnly: boolean }) {
  const { t, language } = useI18n();
  const { byType } = useDescriptors();
  const { selected, selectedCount, variables, findings, setInput, updateActivity } = useDesigner(
    useShallow((s) => {
      const chosen = s.nodes.filter((n) => n.selected);
      return {
        selected: chosen.length === 1 ? chosen[0] : undefined,
        selectedCount: chosen.length,
        variables: s.base ? [...(s.base.variables ?? []), ...(s.base.root.variables ?? [])] : [],
        findings: s.findings,
        setInput: s.setInput,
        updateActivity: s.updateActivity,
      };
    }),
  );

  if (!selected) {
    return (
      <aside className="designer-props" aria-labelledby="designer-props-title">
        <h2 id="designer-props-title">{t('designer.props.title')}</h2>
        <p className="designer-muted">{selectedCount > 1 ? t('designer.props.many', { count: selectedCount }) : t('designer.props.none')}</p>
        {selectedCount === 0 && <VariablesEditor readOnly={readOnly} />}
      </aside>
    );
  }

  const { activity } = selected.data;
  const descriptor = byType.get(activity.type);
  const own = findings.filter((f) => f.activityId === activity.id && !f.target);
  const general = descriptor ? own.filter((f) => !descriptor.inputs.some((i) => concernsInput(f, i.name))) : own;

  return (
    <aside className="designer-props" aria-labelledby="designer-props-title">
      <h2 id="designer-props-title">{t('designer.props.title')}</h2>
      <p className="designer-props__type">{descriptor ? localized(descriptor.displayName, language) : activity.type}</p>
      <div className="designer-field">
        <label htmlFor="designer-activity-name">{t('designer.props.name')}</label>
        <input
          id="designer-activity-name"
          className="designer-input"
          disabled={readOnly}
          value={activity.name ?? ''}
          onChange={(e) => updateActivity(activity.id, (a) => ({ ...a, name: e.target.value }), `${activity.id}:name`)}
        />
      </div>
      {descriptor?.canStartWorkflow && (
        <div className="designer-field designer-field--inline">
          <input
            id="designer-activity-trigger"
            type="checkbox"
            disabled={readOnly}
            checked={activity.customProperties?.canStartWorkflow === true}
            onChange={(e) =>
              updateActivity(activity.id, (a) => ({ ...a, customProperties: { ...a.customProperties, canStartWorkflow: e.target.checked } }))
            }
          />
          <label htmlFor="designer-activity-trigger">{t('designer.props.canStart')}</label>
        </div>
      )}
      {general.length > 0 && (
        <ul className="designer-field__findings">
          {general.map((f, i) => (
            <li key={i} className={`designer-finding designer-finding--${f.level}`}>
              {f.message}
            </li>
          ))}
        </ul>
      )}
      {descriptor?.inputs.map((input) => (
        <InputEditor
          key={`${activity.id}:${input.name}`}
          input={input}
          value={activity[input.name] as InputValue | undefined}
          variables={variables}
          findings={own.filter((f) => concernsInput(f, input.name))}
          readOnly={readOnly}
          onChange={(value) => setInput(activity.id, input.name, value)}
        />
      ))}
      {!descriptor && <p className="designer-muted">{t('designer.props.unknownType', { type: activity.type })}</p>}
    </aside>
  );
}
