import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type MyMeetings = Schemas['Moeder.MyMeetingsView'];
export type MyForum = Schemas['Moeder.MyForumView'];
export type Meeting = Schemas['Moeder.MeetingView'];
export type Awaiting = Schemas['Moeder.AwaitingApprovalView'];
export type Agenda = Schemas['Moeder.AgendaView'];
export type AgendaEntry = Schemas['Moeder.AgendaEntryView'];
export type AgendaItem = Schemas['Moeder.AgendaItemView'];
export type Attendance = Schemas['Moeder.AttendanceView'];
export type MeetingOutcome = Schemas['Moeder.MeetingOutcome'];
export type ForumSeat = Schemas['Moeder.ForumSeat'];
export type DecisionRequest = Schemas['Moeder.MoederEndpoints.ItemDecisionRequest'];
export type AttendanceRequest = Schemas['Moeder.MoederEndpoints.AttendanceRequest'];

/** Query keys: every meeting screen hangs under `moeder`, so a change to one meeting can refresh all it touches. */
export const moederKeys = {
  all: ['moeder'] as const,
  mine: () => ['moeder', 'mine'] as const,
  agenda: (forumId: string, meetingId: string) => ['moeder', 'agenda', forumId, meetingId] as const,
  meetings: (forumId: string, from: string, to: string) => ['moeder', 'meetings', forumId, from, to] as const,
  forum: (forumId: string) => ['moeder', 'forum', forumId] as const,
  minutes: (forumId: string, meetingId: string) => ['moeder', 'minutes', forumId, meetingId] as const,
};

const meetingPath = (forumId: string, meetingId: string) => ({ path: { forumId, meetingId } });
const itemPath = (forumId: string, meetingId: string, itemId: string) => ({ path: { forumId, meetingId, itemId } });

export const moederApi = {
  mine: () => unwrap(api.GET('/api/meetings/mine')),
  forum: (id: string) => unwrap(api.GET('/api/forums/{id}', { params: { path: { id } } })),
  meetings: (forumId: string, from: string, to: string) =>
    unwrap(api.GET('/api/forums/{forumId}/meetings', { params: { path: { forumId }, query: { from, to } } })),
  agenda: (forumId: string, meetingId: string) =>
    unwrap(api.GET('/api/forums/{forumId}/meetings/{meetingId}/agenda', { params: meetingPath(forumId, meetingId) })),
  reorder: (forumId: string, meetingId: string, itemIds: string[]) =>
    unwrap(api.PUT('/api/forums/{forumId}/meetings/{meetingId}/agenda/order', { params: meetingPath(forumId, meetingId), body: { itemIds } })),
  move: (forumId: string, meetingId: string, itemId: string, toMeetingId: string) =>
    unwrap(api.POST('/api/forums/{forumId}/meetings/{meetingId}/items/{itemId}/move', { params: itemPath(forumId, meetingId, itemId), body: { toMeetingId } })),
  attendance: (forumId: string, meetingId: string, body: AttendanceRequest) =>
    unwrap(api.PUT('/api/forums/{forumId}/meetings/{meetingId}/attendance', { params: meetingPath(forumId, meetingId), body })),
  open: (forumId: string, meetingId: string) =>
    unwrap(api.POST('/api/forums/{forumId}/meetings/{meetingId}/open', { params: meetingPath(forumId, meetingId) })),
  close: (forumId: string, meetingId: string) =>
    unwrap(api.POST('/api/forums/{forumId}/meetings/{meetingId}/close', { params: meetingPath(forumId, meetingId) })),
  decide: (forumId: string, meetingId: string, itemId: string, body: DecisionRequest) =>
    unwrap(api.POST('/api/forums/{forumId}/meetings/{meetingId}/items/{itemId}/decision', { params: itemPath(forumId, meetingId, itemId), body })),
  disqualify: (forumId: string, meetingId: string, itemId: string) =>
    unwrap(api.POST('/api/forums/{forumId}/meetings/{meetingId}/items/{itemId}/disqualify', { params: itemPath(forumId, meetingId, itemId) })),
  approve: (forumId: string, meetingId: string, itemId: string) =>
    unwrap(api.POST('/api/forums/{forumId}/meetings/{meetingId}/items/{itemId}/approve', { params: itemPath(forumId, meetingId, itemId) })),
  minutes: (forumId: string, meetingId: string) =>
    unwrap(api.GET('/api/forums/{forumId}/meetings/{meetingId}/minutes', { params: meetingPath(forumId, meetingId), parseAs: 'text' })) as Promise<string>,
  approveMinutes: (forumId: string, meetingId: string) =>
    unwrap(api.POST('/api/forums/{forumId}/meetings/{meetingId}/minutes/approve', { params: meetingPath(forumId, meetingId) })),
};
