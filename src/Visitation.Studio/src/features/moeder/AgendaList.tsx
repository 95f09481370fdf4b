import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { AgendaItemCard } from './AgendaItemCard';
import type { AgendaEntry } from './moederApi';

interface Props {
  entries: AgendaEntry[];
  /** Given when the user may put the items in a new order; called with every item id in the new order. */
  onReorder?: (itemIds: string[]) => void;
  /** The actions under each item. */
  actions?: (entry: AgendaEntry) => ReactNode;
}

/** The agenda in order; a secretary drags an item by its handle, or picks it up with Space and moves it with the arrow keys. */
export function AgendaList({ entries, onReorder, actions }: Props) {
  const { t } = useI18n();
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = useMemo(() => entries.map((e) => e.item.id), [entries]);
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;
  const titleOf = (id: string | number) => {
    const entry = entries.find((e) => e.item.id === id);
    return entry ? t('moeder.item.position', { position: entry.item.position }) : '';
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('moeder.dnd.picked', { item: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('moeder.dnd.over', { item: titleOf(active.id), position: positionOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) =>
      over ? t('moeder.dnd.dropped', { item: titleOf(active.id), position: positionOf(over.id) }) : t('moeder.dnd.cancelled', { item: titleOf(active.id) }),
    onDragCancel: ({ active }) => t('moeder.dnd.cancelled', { item: titleOf(active.id) }),
  };

  function handleDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id || !onReorder) return;
    onReorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  }

  if (entries.length === 0) return <p className="moeder-empty">{t('moeder.agenda.empty')}</p>;

  if (!onReorder)
    return (
      <ol className="moeder-agenda">
        {entries.map((entry) => (
          <li key={entry.item.id}>
            <AgendaItemCard entry={entry}>{actions?.(entry)}</AgendaItemCard>
          </li>
        ))}
      </ol>
    );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={handleDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('moeder.dnd.instructions') } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="moeder-agenda">
          {entries.map((entry) => (
            <SortableItem key={entry.item.id} entry={entry}>
              {actions?.(entry)}
            </SortableItem>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableItem({ entry, children }: { entry: AgendaEntry; children?: ReactNode }) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: entry.item.id });
  const handle = (
    <button
      type="button"
      className="moeder-item__handle"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={t('moeder.dnd.handle', { position: entry.item.position, caseNumber: entry.caseNumber })}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M5 3h2v2H5zM9 3h2v2H9zM5 7h2v2H5zM9 7h2v2H9zM5 11h2v2H5zM9 11h2v2H9z" fill="currentColor" />
      </svg>
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      style={{ transform: transform ? `translate3d(0, ${transform.y}px, 0)` : undefined, transition }}
      className={isDragging ? 'moeder-agenda__dragging' : undefined}
    >
      <AgendaItemCard entry={entry} handle={handle}>
        {children}
      </AgendaItemCard>
    </li>
  );
}
