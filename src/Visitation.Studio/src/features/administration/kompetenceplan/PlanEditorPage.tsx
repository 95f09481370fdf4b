import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { format } from 'date-fns';
import type { components } from '../../../api/schema';
import type { ApiError, ProblemError } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePageTitle } from '../../../components/usePageTitle';
import { useI18n } from '../../../i18n';
import { adminApi, adminKeys, type ExampleCaseBody } from '../adminApi';
import { canEditPlan } from '../sections';
import { FindingsSummary } from './FindingsSummary';
import { PlanHeaderFields } from './PlanHeaderFields';
import { emptyPlan, freshId, locateFindings, measureTypes, toWire, type PlanDocument, type PlanRule } from './planModel';
import { RecentralisationsEditor } from './RecentralisationsEditor';
import { RuleDetails } from './RuleDetails';
import { RulesTable } from './RulesTable';
import { SimulatorPanel } from './SimulatorPanel';
import { planStorage, type SavedExample } from './storage';
import { useDraftEvaluation } from './useDraftEvaluation';
import { usePlanReferenceData, type LevelOption } from './usePlanReferenceData';
import { PlanFileButtons } from './PlanFileButtons';
import { VersionsPanel } from './VersionsPanel';
import { WhatIfPanel } from './WhatIfPanel';

type PlanListView = components['schemas']['Kompetenceplaner.PlanListView'];
type PlanVersionView = components['schemas']['Kompetenceplaner.PlanVersionView'];

/** The competence plan at /administration/kompetenceplan: the newest version as an editable draft, with the simulator beside it. */
export function PlanEditorPage() {
  const { t } = useI18n();
  const { state } = useAuth();
  usePageTitle(t('plan.title'));
  const [saved, setSaved] = useState<PlanVersionView | null>(null);
  // The simulator's question outlives a save, which starts the editor again on the new version.
  const [probe, setProbe] = useState<ExampleCaseBody>(firstProbe);
  const plans = useQuery({ queryKey: adminKeys.plans, queryFn: adminApi.plans });
  const latestVersion = plans.data?.versions[0]?.version;
  const latest = useQuery({
    queryKey: adminKeys.plan(latestVersion ?? 0),
    queryFn: () => adminApi.plan(latestVersion!),
    enabled: latestVersion !== undefined,
  });
  const { levels, colleagues } = usePlanReferenceData();
  if (state.status !== 'signedIn') return null;

  const error = (plans.error ?? latest.error ?? levels.error) as ApiError | null;
  const ready = plans.data && levels.data && (latestVersion === undefined || latest.data);

  return (
    <div className="workspace plan-editor">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{t('plan.title')}</h1>
        <p className="workspace__lead">{t('plan.lead')}</p>
        {plans.data && (
          <p>
            {plans.data.current
              ? t('plan.inForce', { version: plans.data.current.version, date: plans.data.current.effectiveFrom })
              : t('plan.noneInForce')}
          </p>
        )}
      </div>
      {saved && (
        <p className="notice notice--success" role="status">
          {t('plan.saved', { version: saved.version, date: saved.effectiveFrom })}
        </p>
      )}
      {error && <ProblemAlert error={error} />}
      {!error && !ready && <Loading />}
      {ready && (
        <PlanEditor
          key={latestVersion ?? 0}
          kommune={state.user.kommuneCode ?? ''}
          kommuneName={state.user.kommuneName ?? ''}
          editable={canEditPlan(state.user.roles)}
          list={plans.data!}
          latest={latest.data ?? null}
          levels={levels.data!}
          colleagues={colleagues.data ?? []}
          onSaved={setSaved}
          probe={probe}
          onProbe={setProbe}
        />
      )}
    </div>
  );
}

interface EditorProps {
  kommune: string;
  kommuneName: string;
  editable: boolean;
  list: PlanListView;
  latest: PlanVersionView | null;
  levels: LevelOption[];
  colleagues: { username: string; displayName?: string | null }[];
  onSaved: (view: PlanVersionView) => void;
  probe: ExampleCaseBody;
  onProbe: (probe: ExampleCaseBody) => void;
}

const firstProbe: ExampleCaseBody = { measure: { type: measureTypes[0] }, submitter: null };

function PlanEditor({ kommune, kommuneName, editable, list, latest, levels, colleagues, onSaved, probe, onProbe }: EditorProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const base = useMemo(() => latest?.plan ?? emptyPlan(format(new Date(), 'yyyy-MM-dd')), [latest]);
  const [restored, setRestored] = useState(() => editable && planStorage.readDraft(kommune) !== null);
  const [draft, setDraft] = useState<PlanDocument>(() => (editable ? planStorage.readDraft(kommune)?.plan : null) ?? base);
  const [selected, setSelected] = useState<number | null>(null);
  const examplesQuery = useQuery({ queryKey: adminKeys.examples, queryFn: adminApi.examples });
  const examples = useMemo<SavedExample[]>(() => (examplesQuery.data ?? []).map((e) => ({ ...e, submitter: e.submitter ?? null })), [examplesQuery.data]);
  const [saveErrors, setSaveErrors] = useState<ProblemError[]>([]);

  useEffect(() => {
    if (!editable) return;
    const changed = JSON.stringify(draft) !== JSON.stringify(base);
    planStorage.writeDraft(kommune, changed ? { basedOn: latest?.version ?? 0, plan: draft } : null);
  }, [draft, base, editable, kommune, latest]);

  const saveExample = useMutation({
    mutationFn: (example: { name: string; measure: ExampleCaseBody['measure']; submitter: string | null }) => adminApi.saveExample(example),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.examples }),
  });
  const removeExample = useMutation({
    mutationFn: (id: string) => adminApi.removeExample(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.examples }),
  });

  const change = useCallback((next: PlanDocument) => {
    setDraft(next);
    setSaveErrors([]);
  }, []);

  const cases = useMemo(() => [probe, ...examples.map(({ measure, submitter }) => ({ measure, submitter }))], [probe, examples]);
  const [simulationDate, setSimulationDate] = useState<string | null>(null);
  const evaluation = useDraftEvaluation(draft, cases, simulationDate);
  const findings = useMemo(() => [...saveErrors, ...(evaluation.data?.findings ?? [])], [saveErrors, evaluation.data]);
  const located = useMemo(() => locateFindings(findings), [findings]);

  const save = useMutation({
    mutationFn: () => adminApi.savePlan(toWire(draft)),
    onSuccess: async (view) => {
      planStorage.writeDraft(kommune, null);
      onSaved(view);
      await queryClient.invalidateQueries({ queryKey: adminKeys.plans });
    },
    onError: (error: ApiError) => setSaveErrors(error.problem.errors ?? []),
  });

  const rules = draft.rules ?? [];
  const setRules = (next: PlanRule[]) => change({ ...draft, rules: next });
  const updateRule = useCallback(
    (index: number, rule: PlanRule) => change({ ...draft, rules: (draft.rules ?? []).map((r, i) => (i === index ? rule : r)) }),
    [draft, change],
  );
  const moveRule = useCallback(
    (index: number, by: -1 | 1) => {
      const next = [...(draft.rules ?? [])];
      next.splice(index + by, 0, ...next.splice(index, 1));
      change({ ...draft, rules: next });
      setSelected((s) => (s === index ? index + by : s === index + by ? index : s));
    },
    [draft, change],
  );
  const removeRule = useCallback(
    (index: number) => {
      change({ ...draft, rules: (draft.rules ?? []).filter((_, i) => i !== index) });
      setSelected(null);
    },
    [draft, change],
  );
  function addRule() {
    const rule: PlanRule = { id: freshId(draft, 'regel'), measureType: measureTypes[0], default: false, when: {}, level: null };
    setRules([...rules, rule]);
    setSelected(rules.length);
  }

  const nextVersion = evaluation.data?.draftVersion ?? (list.versions[0]?.version ?? 0) + 1;

  return (
    <>
      {!editable && <p className="notice">{t('administration.readOnly')}</p>}
      {restored && (
        <div className="notice plan-editor__restored" role="status">
          <span>{t('plan.draftRestored')}</span>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              change(base);
              setRestored(false);
            }}
          >
            {t('plan.discardDraft')}
          </button>
        </div>
      )}
      <div className="plan-editor__grid">
        <div className="plan-editor__main">
          <fieldset className="plan-editor__fieldset" disabled={!editable}>
            <legend className="visually-hidden">{t('plan.title')}</legend>
            <PlanHeaderFields plan={draft} findings={located.plan} onChange={change} />
            <FindingsSummary
              findings={findings}
              checking={evaluation.isFetching}
              onSelectRow={(index) => setSelected(index)}
            />
          </fieldset>
          {/* Outside the disabled fieldset, so a reader can still scroll the table and open a row. */}
          <section className="plan-section" aria-labelledby="rules-title">
            <h2 id="rules-title">{t('plan.rules.title')}</h2>
            <p className="plan-section__lead">{t('plan.rules.caption')}</p>
            {rules.length === 0 && <p className="plan-table__muted">{t('plan.rules.empty')}</p>}
            <RulesTable
              rules={rules}
              hitPolicy={draft.hitPolicy}
              levels={levels}
              rowFindings={located.rows}
              selected={selected}
              readOnly={!editable}
              onChange={updateRule}
              onSelect={setSelected}
              onMove={moveRule}
              onRemove={removeRule}
            />
            {editable && (
              <button type="button" className="button" onClick={addRule}>
                {t('plan.rules.add')}
              </button>
            )}
            {selected !== null && rules[selected] && (
              <fieldset className="plan-editor__fieldset" disabled={!editable}>
                <legend className="visually-hidden">{t('plan.row.title', { row: selected + 1, id: rules[selected].id ?? '' })}</legend>
                <RuleDetails
                  key={selected}
                  index={selected}
                  rule={rules[selected]}
                  levels={levels}
                  findings={located.rows.get(selected) ?? []}
                  onChange={(rule) => updateRule(selected, rule)}
                  onClose={() => setSelected(null)}
                />
              </fieldset>
            )}
          </section>
          <fieldset className="plan-editor__fieldset" disabled={!editable}>
            <legend className="visually-hidden">{t('plan.recentralisations.title')}</legend>
            <RecentralisationsEditor
              items={draft.recentralisations ?? []}
              levels={levels}
              findings={located.recentralisations}
              readOnly={!editable}
              onChange={(items) => change({ ...draft, recentralisations: items })}
              onAdd={() =>
                change({
                  ...draft,
                  recentralisations: [
                    ...(draft.recentralisations ?? []),
                    { id: freshId(draft, 'recentralisering'), measureType: measureTypes[0], level: null, reason: '', from: null, until: null },
                  ],
                })
              }
            />
          </fieldset>
          {editable && (
            <div className="plan-editor__savebar">
              {save.error && <ProblemAlert error={save.error as ApiError} />}
              {findings.length > 0 && <p className="plan-table__muted">{t('plan.saveBlocked')}</p>}
              <button type="button" className="button button--primary" onClick={() => save.mutate()} disabled={save.isPending}>
                {save.isPending ? t('plan.saving') : t('plan.save', { version: nextVersion })}
              </button>
            </div>
          )}
          <PlanFileButtons
            kommune={{ code: kommune, name: kommuneName }}
            levels={levels}
            draft={draft}
            readOnly={!editable}
            onImport={(plan) => {
              change(plan);
              setSelected(null);
            }}
          />
          <WhatIfPanel draft={draft} />
          <VersionsPanel
            versions={list.versions}
            draft={draft}
            readOnly={!editable}
            onLoad={(_, plan) => {
              change(plan);
              setSelected(null);
            }}
          />
        </div>
        <aside className="plan-editor__side">
          <SimulatorPanel
            probe={probe}
            onProbe={onProbe}
            date={simulationDate}
            onDate={setSimulationDate}
            examples={examples}
            examplesError={(examplesQuery.error ?? saveExample.error ?? removeExample.error) as ApiError | null}
            canSaveExamples={editable}
            onSaveExample={(example) => saveExample.mutate(example)}
            onRemoveExample={(example) => removeExample.mutate(example.id)}
            evaluation={evaluation.data}
            evaluationError={evaluation.error as ApiError | null}
            colleagues={colleagues}
          />
        </aside>
      </div>
    </>
  );
}
