import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addDays, format } from 'date-fns';
import { Link, useParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthProvider';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';
import { AgendaList } from './AgendaList';
import { AgendaTotals } from './AgendaTotals';
import { MeetingBudgetPanel } from '../overblik/oekonomi/MeetingBudgetPanel';
import { MeetingStatusLabel } from './ForumCard';
import { ApproveItemButton } from './ApproveItemButton';
import { AttendancePanel } from './AttendancePanel';
import { DecisionForm } from './DecisionForm';
import { MeetingControls } from './MeetingControls';
import { MinutesPanel } from './MinutesPanel';
import { moederApi, moederKeys, type Agenda, type AgendaEntry } from './moederApi';
import { MoveItemControl } from './MoveItemControl';
import { formatClock, formatInstant, formatMeetingDate } from './time';
import { useMyMeetings } from './useMyMeetings';

/** How far ahead an item can be moved from the agenda. */
const moveWindowDays = 56;

/** `/moeder/{forumId}/{moedeId}`: one meeting's agenda with what it commits, kept by its secretaries, held and closed by its forum. */
export default function MeetingPage() {
  const { forumId = '', meetingId = '' } = useParams();
  const { t, language } = useI18n();
  const agenda = useQuery({ queryKey: moederKeys.agenda(forumId, meetingId), queryFn: () => moederApi.agenda(forumId, meetingId) });
  const access = useMeetingAccess(forumId);
  const title = agenda.data
    ? t('moeder.agenda.title', { forum: agenda.data.forum, date: formatMeetingDate(agenda.data.meeting.date, language) })
    : t('moeder.agenda.loadingTitle');
  usePageTitle(title);

  return (
    <div className="workspace moeder-meeting">
      <p className="moeder-back">
        <Link to="/moeder">{t('moeder.agenda.back')}</Link>
      </p>
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{title}</h1>
        {agenda.data && (
          <p className="workspace__lead">
            <MeetingStatusLabel meeting={agenda.data.meeting} />{' '}
            {t('moeder.agenda.lead', {
              time: formatClock(agenda.data.meeting.startsAt, language),
              cutoff: formatInstant(agenda.data.meeting.cutoffAt, language),
            })}
          </p>
        )}
      </div>
      {agenda.isPending && <Loading />}
      {agenda.error && <ProblemAlert error={agenda.error as ApiError} />}
      {agenda.data && <MeetingContent agenda={agenda.data} access={access} />}
    </div>
  );
}

/** What the signed-in user may do at this forum's meetings; the server checks every action again. */
function useMeetingAccess(forumId: string) {
  const { state } = useAuth();
  const mine = useMyMeetings();
  const roles = state.status === 'signedIn' ? state.user.roles : [];
  const forum = mine.data?.forums.find((f) => f.id === forumId);
  const seats = forum?.seats ?? [];
  return {
    username: state.status === 'signedIn' ? state.user.username : '',
    keeps: roles.includes('Leder') || roles.includes('Administrator') || seats.includes('Chair') || seats.includes('Secretary'),
    decides: seats.some((s) => s === 'Chair' || s === 'Member' || s === 'Substitute'),
    chairs: seats.includes('Chair'),
    approvesBetweenMeetings: (forum?.asyncApproval ?? 'Off') !== 'Off',
  };
}

type Access = ReturnType<typeof useMeetingAccess>;

function MeetingContent({ agenda, access }: { agenda: Agenda; access: Access }) {
  const { keeps, decides } = access;
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { forumId, meeting } = agenda;
  const planned = meeting.status === 'Planned';
  const from = format(addDays(new Date(`${meeting.date}T12:00:00`), 1), 'yyyy-MM-dd');
  const to = format(addDays(new Date(`${meeting.date}T12:00:00`), moveWindowDays), 'yyyy-MM-dd');
  const later = useQuery({
    queryKey: moederKeys.meetings(forumId, from, to),
    queryFn: () => moederApi.meetings(forumId, from, to),
    enabled: keeps && planned,
  });
  const agendaKey = moederKeys.agenda(forumId, meeting.id);
  const reorder = useMutation({
    mutationFn: (itemIds: string[]) => moederApi.reorder(forumId, meeting.id, itemIds),
    onMutate: async (itemIds) => {
      // Show the new order at once; the server's answer (or the refusal) settles it.
      await queryClient.cancelQueries({ queryKey: agendaKey });
      const previous = queryClient.getQueryData<Agenda>(agendaKey);
      if (previous)
        queryClient.setQueryData<Agenda>(agendaKey, {
          ...previous,
          items: itemIds.map((id, index) => {
            const entry = previous.items.find((e) => e.item.id === id)!;
            return { ...entry, item: { ...entry.item, position: index + 1 } };
          }),
        });
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(agendaKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: moederKeys.all }),
  });
  const canReorder = keeps && meeting.status !== 'Closed';
  const laterPlanned = (later.data ?? []).filter((m) => m.status === 'Planned');

  const open = meeting.status === 'Open';
  const between = planned && access.approvesBetweenMeetings;

  function actionsFor(entry: AgendaEntry) {
    const waiting = entry.item.status === 'Queued';
    const iDisqualified = entry.item.disqualified.includes(access.username);
    return (
      <>
        {keeps && planned && waiting && !entry.item.outcome && (
          <MoveItemControl forumId={forumId} meetingId={meeting.id} entry={entry} later={laterPlanned} />
        )}
        {decides && waiting && !iDisqualified && (open || (between && !entry.item.outcome)) && (
          <DecisionForm forumId={forumId} meetingId={meeting.id} entry={entry} />
        )}
        {decides && between && waiting && entry.item.outcome && !iDisqualified && !entry.item.approvedBy.includes(access.username) && (
          <ApproveItemButton forumId={forumId} meetingId={meeting.id} entry={entry} />
        )}
      </>
    );
  }

  return (
    <>
      {keeps && <MeetingControls agenda={agenda} />}
      <AgendaTotals agenda={agenda} />
      <MeetingBudgetPanel forumId={forumId} meetingId={meeting.id} />
      <AttendancePanel agenda={agenda} keeps={keeps} />
      {meeting.status === 'Closed' && <MinutesPanel agenda={agenda} chairs={access.chairs} />}
      <section className="moeder-section" aria-labelledby="moeder-agenda-title">
        <h2 id="moeder-agenda-title">{t('moeder.agenda.items')}</h2>
        {canReorder && agenda.items.length > 1 && <p className="moeder-muted">{t('moeder.dnd.hint')}</p>}
        <p className="moeder-muted" role="status">
          {reorder.isPending ? t('moeder.agenda.reorderSaving') : reorder.isSuccess ? t('moeder.agenda.reorderSaved') : ''}
        </p>
        {reorder.error && <ProblemAlert error={reorder.error as ApiError} title={t('moeder.agenda.reorderRefused')} />}
        <AgendaList
          entries={agenda.items}
          onReorder={canReorder ? (ids) => reorder.mutate(ids) : undefined}
          actions={actionsFor}
        />
      </section>
    </>
  );
}
