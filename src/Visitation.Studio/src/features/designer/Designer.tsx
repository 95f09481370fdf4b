import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  ViewportPortal,
  useReactFlow,
  type FinalConnectionState,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useNavigate } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { designerApi } from './designerApi';
import { catalogOf, DescriptorsContext, localized, useDescriptors } from './descriptors';
import { edgeTypes } from './edges/OutcomeEdge';
import { outcomesOf, toDefinition } from './mapping';
import { nodeTypes } from './nodes';
import { loadWaiting, type ActivityWaiting } from './overlay';
import { AddMenu } from './panels/AddMenu';
import { ConnectDialog } from './panels/ConnectDialog';
import { FindingsList } from './panels/FindingsList';
import { HelpDialog } from './panels/HelpDialog';
import { MigrationDialog } from './panels/MigrationDialog';
import { dragType, Palette } from './panels/Palette';
import { PropertiesPanel } from './panels/PropertiesPanel';
import { PublishDialog } from './panels/PublishDialog';
import { TestRunPanel } from './panels/TestRunPanel';
import { VersionsDialog } from './panels/VersionsDialog';
import { advance, startActivities, type SimulationStep } from './simulate';
import { snapToNodes, type SnapLines } from './snapLines';
import { useDesigner } from './store';
import type { ActivityDescriptor, DefinitionJson, DesignerNode, LeveledFinding, VersionInfo } from './types';
import { useValidation } from './useValidation';

export interface DesignerProps {
  descriptors: ActivityDescriptor[];
  definitionId: string | null;
  version: VersionInfo['state'] | null;
  readOnly: boolean;
  onSaved: (definitionId: string) => void;
}

const largeFlow = 60;
/** A flow with more activities than this, or wider than this (pixels at zoom 1), is too small to read when fitted
 * whole, so it opens at its beginning: the activities within the first stretch of its width. */
const openAtBeginningAbove = 30;
const readableWidth = 1800;
const beginningWidth = 900;

type OpenDialog = 'publish' | 'versions' | 'help' | 'migrate' | 'connect' | null;

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

function edgeIdAt(x: number, y: number): string | null {
  for (const element of document.elementsFromPoint(x, y)) {
    const edge = element.closest('.react-flow__edge');
    const id = edge?.getAttribute('data-id') ?? edge?.getAttribute('data-testid')?.replace(/^rf__edge-/, '');
    if (id) return id;
  }
  return null;
}

function Canvas({ definitionId, version, readOnly, onSaved }: Omit<DesignerProps, 'descriptors'>) {
  const { t, language } = useI18n();
  const flow = useReactFlow<DesignerNode>();
  const navigate = useNavigate();
  const wrapper = useRef<HTMLDivElement>(null);
  const { byType } = useDescriptors();
  const state = useDesigner(
    useShallow((s) => ({
      nodes: s.nodes,
      edges: s.edges,
      base: s.base,
      dirty: s.revision !== s.savedRevision,
      canUndo: s.past.length > 0,
      canRedo: s.future.length > 0,
    })),
  );
  const actions = useDesigner(
    useShallow((s) => ({
      onNodesChange: s.onNodesChange,
      onEdgesChange: s.onEdgesChange,
      connect: s.connect,
      addActivity: s.addActivity,
      spliceIntoEdge: s.spliceIntoEdge,
      deleteSelection: s.deleteSelection,
      copySelection: s.copySelection,
      paste: s.paste,
      undo: s.undo,
      redo: s.redo,
      autoLayout: s.autoLayout,
      checkpoint: s.checkpoint,
      select: s.select,
      markSaved: s.markSaved,
      load: s.load,
      setBase: s.setBase,
    })),
  );
  const validating = useValidation();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [addMenu, setAddMenu] = useState<{ x: number; y: number; flowX: number; flowY: number; from?: { node: string; port: string } } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [snapLines, setSnapLines] = useState<SnapLines>({});
  const [testRun, setTestRun] = useState<SimulationStep[] | null>(null);
  const [overlay, setOverlay] = useState<Map<string, ActivityWaiting> | null>(null);
  // Fitting waits for the commit that moved the nodes: React Flow reads their new positions in its own effects,
  // which run before this component's.
  const [fitRequest, setFitRequest] = useState(0);
  useEffect(() => {
    if (fitRequest > 0) void flow.fitView({ maxZoom: 1 });
  }, [fitRequest, flow]);

  const centre = () => {
    const box = wrapper.current?.getBoundingClientRect();
    const point = box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : { x: 300, y: 200 };
    return flow.screenToFlowPosition(point);
  };

  const add = (descriptor: ActivityDescriptor, position = centre(), from?: { node: string; port: string }) => {
    if (readOnly) return;
    actions.addActivity(descriptor, { x: position.x - 110, y: position.y - 30 }, from);
    setStatus(t('designer.status.added', { name: localized(descriptor.displayName, language) }));
  };

  const definition = (): DefinitionJson => {
    const s = useDesigner.getState();
    return toDefinition(s.base!, s.nodes, s.edges);
  };

  const save = async (): Promise<string | null> => {
    if (readOnly) return null;
    setBusy(true);
    setError(null);
    try {
      const result = await designerApi.save(definition());
      actions.setBase({ ...useDesigner.getState().base!, definitionId: result.definitionId, version: result.version });
      actions.markSaved();
      setStatus(t('designer.status.saved', { version: result.version }));
      if (result.definitionId !== definitionId) onSaved(result.definitionId);
      return result.definitionId;
    } catch (e) {
      setError(e as ApiError);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const publish = async (note: string, effectiveFrom: string | null) => {
    const id = await save();
    if (!id) return;
    setBusy(true);
    try {
      const info = await designerApi.publish(id, note || null, effectiveFrom);
      setDialog(null);
      actions.markSaved();
      setStatus(
        info.state === 'Scheduled'
          ? t('designer.status.scheduled', { version: info.version })
          : t('designer.status.published', { version: info.version }),
      );
      onSaved(id);
    } catch (e) {
      setError(e as ApiError);
      setDialog(null);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    setError(null);
    try {
      const json = JSON.parse(await file.text());
      const result = await designerApi.import(json);
      setStatus(t('designer.status.imported', { format: result.format }));
      navigate(`/designer/${encodeURIComponent(result.definitionId)}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(400, { title: t('designer.import.invalid'), detail: (e as Error).message }));
    }
  };

  // Keyboard shortcuts for everything the toolbar does; ignored while the user types in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || dialog || addMenu) return;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const handled = () => event.preventDefault();
      if (ctrl && key === 's') {
        handled();
        void save();
      } else if (ctrl && key === 'z' && !event.shiftKey) {
        handled();
        if (!readOnly) actions.undo();
      } else if (ctrl && (key === 'y' || (key === 'z' && event.shiftKey))) {
        handled();
        if (!readOnly) actions.redo();
      } else if (ctrl && key === 'c') {
        actions.copySelection();
      } else if (ctrl && key === 'v') {
        if (!readOnly) actions.paste();
      } else if (ctrl && key === 'a') {
        handled();
        const s = useDesigner.getState();
        actions.select({ nodes: s.nodes.map((n) => n.id) });
      } else if (ctrl || event.altKey) {
        return;
      } else if (key === 'delete' || key === 'backspace') {
        if (!readOnly) {
          handled();
          actions.deleteSelection();
        }
      } else if (key === 'l') {
        if (!readOnly) {
          actions.autoLayout();
          setFitRequest((n) => n + 1);
        }
      } else if (key === 'f') {
        void flow.fitView({ duration: 200, maxZoom: 1 });
      } else if (key === 'a' && !readOnly) {
        handled();
        const box = wrapper.current?.getBoundingClientRect();
        const point = centre();
        setAddMenu({ x: (box?.width ?? 400) / 2 - 120, y: 60, flowX: point.x, flowY: point.y });
      } else if (key === 'c' && !readOnly) {
        if (useDesigner.getState().nodes.some((n) => n.selected)) {
          handled();
          setDialog('connect');
        }
      } else if (event.key === '?') {
        handled();
        setDialog('help');
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const onNodesChange = useCallback(
    (changes: NodeChange<DesignerNode>[]) => {
      if (readOnly) {
        actions.onNodesChange(changes.filter((c) => c.type === 'select' || c.type === 'dimensions'));
        return;
      }
      const [only] = changes;
      if (changes.length === 1 && only?.type === 'position' && only.dragging) {
        const snapped = snapToNodes(only, useDesigner.getState().nodes);
        setSnapLines(snapped.lines);
        actions.onNodesChange([snapped.change]);
      } else {
        if (changes.some((c) => c.type === 'position' && c.dragging === false)) setSnapLines({});
        actions.onNodesChange(changes.filter((c) => c.type !== 'remove'));
      }
    },
    [actions, readOnly],
  );

  // A spliced activity leads on through its first outcome; an activity without outcomes (an end) keeps only the way in.
  const firstOutcome = (node: DesignerNode) => outcomesOf(node.data.activity, byType.get(node.data.activity.type))[0] ?? '';

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const type = event.dataTransfer.getData(dragType);
    const descriptor = byType.get(type);
    if (!descriptor || readOnly) return;
    const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const onEdge = edgeIdAt(event.clientX, event.clientY);
    add(descriptor, position);
    if (onEdge) {
      const added = useDesigner.getState().nodes.at(-1)!;
      actions.spliceIntoEdge(onEdge, added.id, firstOutcome(added));
    }
  };

  const onConnectEnd = (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
    if (readOnly || connection.isValid || !connection.fromNode || !connection.fromHandle?.id) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!point) return;
    const box = wrapper.current!.getBoundingClientRect();
    const at = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY });
    setAddMenu({
      x: point.clientX - box.left,
      y: point.clientY - box.top,
      // The new activity's in-port (left, half-way down) lands where the connection was dropped.
      flowX: at.x + 110,
      flowY: at.y,
      from: { node: connection.fromNode.id, port: connection.fromHandle.id },
    });
  };

  const onNodeDragStop = (event: MouseEvent | TouchEvent, node: DesignerNode) => {
    const s = useDesigner.getState();
    const connected = s.edges.some((e) => e.source === node.id || e.target === node.id);
    if (connected) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const onEdge = point ? edgeIdAt(point.clientX, point.clientY) : null;
    if (onEdge) actions.spliceIntoEdge(onEdge, node.id, firstOutcome(node));
  };

  const focusFinding = (finding: LeveledFinding) => {
    const id = finding.activityId ?? finding.source;
    const node = id ? flow.getNode(id) : undefined;
    if (node) void flow.fitView({ nodes: [node], duration: 200, maxZoom: 1.2 });
  };

  // Test run and overlay decorate the nodes without changing the flow.
  const shownNodes = useMemo(() => {
    if (!testRun && !overlay) return state.nodes;
    const visited = new Map<string, number>();
    testRun?.forEach((step, i) => {
      if (!visited.has(step.activityId)) visited.set(step.activityId, i + 1);
    });
    const current = testRun?.find((s) => s.outcome === undefined)?.activityId;
    return state.nodes.map((n) => ({
      ...n,
      data: { ...n.data, visited: visited.get(n.id), current: current === n.id, overlay: overlay?.get(n.id) },
    }));
  }, [state.nodes, testRun, overlay]);

  const shownEdges = useMemo(() => {
    if (!testRun) return state.edges;
    const taken = new Set<string>();
    testRun.forEach((step, i) => {
      if (!step.outcome) return;
      for (const next of testRun.slice(i + 1)) taken.add(`${step.activityId}:${step.outcome}->${next.activityId}`);
    });
    return state.edges.map((e) => ({ ...e, data: { ...e.data, taken: taken.has(e.id) }, animated: taken.has(e.id) }));
  }, [state.edges, testRun]);

  const toggleOverlay = async () => {
    if (overlay) {
      setOverlay(null);
      return;
    }
    if (!definitionId) return;
    try {
      const waiting = await loadWaiting(definitionId);
      setOverlay(waiting);
      const total = [...waiting.values()].reduce((sum, w) => sum + w.waiting, 0);
      setStatus(t('designer.status.overlay', { count: total }));
    } catch (e) {
      setError(e as ApiError);
    }
  };

  const fileInput = useRef<HTMLInputElement>(null);

  // A large flow opens readable at its beginning (its leftmost activities, as flows run left to right) rather than
  // shrunk to fit, and only what is on screen is drawn; that keeps opening a 300-activity flow close to opening a
  // small one. F still fits the whole flow.
  const large = state.nodes.length > largeFlow;
  const [initialView] = useState(() => {
    if (state.nodes.length === 0) return undefined;
    const left = Math.min(...state.nodes.map((n) => n.position.x));
    const width = Math.max(...state.nodes.map((n) => n.position.x)) - left;
    if (state.nodes.length <= openAtBeginningAbove && width <= readableWidth) return undefined;
    const first = state.nodes.filter((n) => n.position.x - left <= beginningWidth);
    return { nodes: first.map((n) => ({ id: n.id })), maxZoom: 1 };
  });

  return (
    <div className="designer">
      <div className="designer-toolbar" role="toolbar" aria-label={t('designer.toolbar.label')}>
        <label className="visually-hidden" htmlFor="designer-flow-name">
          {t('designer.flowName')}
        </label>
        <input
          id="designer-flow-name"
          className="designer-input designer-toolbar__name"
          value={state.base?.name ?? ''}
          disabled={readOnly}
          onChange={(e) => actions.setBase({ ...state.base!, name: e.target.value })}
        />
        {version && <span className="designer-badge">{t(`designer.state.${version}`)}</span>}
        {state.dirty && !readOnly && <span className="designer-badge designer-badge--warning">{t('designer.unsaved')}</span>}
        {readOnly && <span className="designer-badge">{t('designer.readOnly')}</span>}
        <span className="designer-toolbar__spacer" />
        {!readOnly && (
          <>
            <button type="button" className="designer-button" onClick={actions.undo} disabled={!state.canUndo} aria-keyshortcuts="Control+Z">
              {t('designer.undo')}
            </button>
            <button type="button" className="designer-button" onClick={actions.redo} disabled={!state.canRedo} aria-keyshortcuts="Control+Y">
              {t('designer.redo')}
            </button>
            <button
              type="button"
              className="designer-button"
              aria-keyshortcuts="L"
              onClick={() => {
                actions.autoLayout();
                setFitRequest((n) => n + 1);
              }}
            >
              {t('designer.layout')}
            </button>
          </>
        )}
        <button type="button" className="designer-button" aria-keyshortcuts="F" onClick={() => void flow.fitView({ duration: 200, maxZoom: 1 })}>
          {t('designer.fit')}
        </button>
        <button
          type="button"
          className="designer-button"
          aria-pressed={testRun !== null}
          onClick={() => setTestRun(testRun ? null : startActivities(state.nodes, state.edges).slice(0, 1).map((activityId) => ({ activityId })))}
        >
          {t('designer.testRun.open')}
        </button>
        {definitionId && (
          <button type="button" className="designer-button" aria-pressed={overlay !== null} onClick={() => void toggleOverlay()}>
            {t('designer.overlay.toggle')}
          </button>
        )}
        {definitionId && (
          <button type="button" className="designer-button" onClick={() => setDialog('versions')}>
            {t('designer.versions.open')}
          </button>
        )}
        {definitionId && !readOnly && (
          <button type="button" className="designer-button" onClick={() => setDialog('migrate')}>
            {t('designer.migrate.open')}
          </button>
        )}
        {!readOnly && (
          <>
            <button type="button" className="designer-button" onClick={() => fileInput.current?.click()}>
              {t('designer.import.open')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              tabIndex={-1}
              aria-label={t('designer.import.file')}
              data-testid="designer-import-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void importFile(file);
                e.target.value = '';
              }}
            />
          </>
        )}
        {definitionId && (
          <a className="designer-button" href={designerApi.exportUrl(definitionId)} download={`${definitionId}.json`}>
            {t('designer.export')}
          </a>
        )}
        <button type="button" className="designer-button" aria-keyshortcuts="?" onClick={() => setDialog('help')}>
          {t('designer.help.open')}
        </button>
        {!readOnly && (
          <>
            <button type="button" className="designer-button" disabled={busy} onClick={() => void save()} aria-keyshortcuts="Control+S">
              {t('designer.save')}
            </button>
            <button type="button" className="designer-button designer-button--primary" disabled={busy} onClick={() => setDialog('publish')}>
              {t('designer.publish.open')}
            </button>
          </>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {status && (
        <p className="designer-status" aria-hidden="true">
          {status}
        </p>
      )}
      {error && <ProblemAlert error={error} />}
      <div className="designer-body">
        <Palette readOnly={readOnly} onAdd={(d) => add(d)} />
        <div className="designer-canvas" ref={wrapper} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <ReactFlow<DesignerNode>
            nodes={shownNodes}
            edges={shownEdges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={(changes) => actions.onEdgesChange(changes.filter((c) => c.type === 'select'))}
            onConnect={readOnly ? undefined : actions.connect}
            onConnectEnd={onConnectEnd}
            onNodeDragStart={readOnly ? undefined : actions.checkpoint}
            onNodeDragStop={readOnly ? undefined : onNodeDragStop}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            deleteKeyCode={null}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={['Meta', 'Control']}
            snapToGrid={false}
            fitView
            fitViewOptions={initialView ?? { maxZoom: 1 }}
            onlyRenderVisibleElements={large}
            minZoom={0.05}
            defaultEdgeOptions={{ type: 'outcome' }}
            ariaLabelConfig={{ 'node.a11yDescription.default': t('designer.canvas.nodeHelp') }}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={20} />
            <Controls showInteractive={false} aria-label={t('designer.canvas.controls')} />
            <MiniMap pannable zoomable nodeColor="#7d8896" nodeStrokeColor="#1d4f7c" ariaLabel={t('designer.canvas.minimap')} />
            <ViewportPortal>
              {snapLines.x !== undefined && <div className="designer-snapline designer-snapline--v" style={{ transform: `translateX(${snapLines.x}px)` }} />}
              {snapLines.y !== undefined && <div className="designer-snapline designer-snapline--h" style={{ transform: `translateY(${snapLines.y}px)` }} />}
            </ViewportPortal>
            {state.nodes.length === 0 && (
              <Panel position="top-center" className="designer-hint">
                {readOnly ? t('designer.canvas.emptyReadOnly') : t('designer.canvas.empty')}
              </Panel>
            )}
          </ReactFlow>
          {addMenu && (
            <AddMenu
              x={addMenu.x}
              y={addMenu.y}
              onClose={() => setAddMenu(null)}
              onPick={(descriptor) => {
                add(descriptor, { x: addMenu.flowX, y: addMenu.flowY }, addMenu.from);
                setAddMenu(null);
              }}
            />
          )}
        </div>
        <div className="designer-side">
          <PropertiesPanel readOnly={readOnly} />
          <FindingsList validating={validating} onFocus={focusFinding} />
        </div>
      </div>
      {testRun && (
        <TestRunPanel
          nodes={state.nodes}
          path={testRun}
          onChoose={(outcome) => setTestRun(advance(testRun, state.edges, outcome))}
          onRestart={() => setTestRun(startActivities(state.nodes, state.edges).slice(0, 1).map((activityId) => ({ activityId })))}
          onClose={() => setTestRun(null)}
        />
      )}
      {dialog === 'help' && <HelpDialog onClose={() => setDialog(null)} />}
      {dialog === 'publish' && <PublishDialog busy={busy} onPublish={(note, from) => void publish(note, from)} onClose={() => setDialog(null)} />}
      {dialog === 'connect' && <ConnectDialog onClose={() => setDialog(null)} />}
      {dialog === 'versions' && definitionId && (
        <VersionsDialog
          definitionId={definitionId}
          current={definition()}
          readOnly={readOnly}
          onClose={() => setDialog(null)}
          onRestore={(old) => {
            const base = useDesigner.getState().base!;
            actions.load({ ...old, definitionId: base.definitionId, version: base.version });
            actions.setBase({ ...old, definitionId: base.definitionId, version: base.version });
            setDialog(null);
            setStatus(t('designer.status.restored'));
          }}
        />
      )}
      {dialog === 'migrate' && definitionId && <MigrationDialog definitionId={definitionId} onClose={() => setDialog(null)} />}
    </div>
  );
}

/** The designer for one flow: canvas, toolbox, properties, findings, and the version and test-run tools. */
export function Designer(props: DesignerProps) {
  const catalog = useMemo(() => catalogOf(props.descriptors), [props.descriptors]);
  return (
    <DescriptorsContext.Provider value={catalog}>
      <ReactFlowProvider>
        <Canvas {...props} />
      </ReactFlowProvider>
    </DescriptorsContext.Provider>
  );
}
