import { Route, Routes } from 'react-router';
import NotFoundPage from '../notfound/NotFoundPage';
import MeetingPage from './MeetingPage';
import MyMeetingsPage from './MyMeetingsPage';
import './moeder.css';

/** The leaders' workspace: my forums and meetings, and one meeting from agenda to minutes. */
export default function MoederPage() {
  return (
    <Routes>
      <Route index element={<MyMeetingsPage />} />
      <Route path=":forumId/:meetingId" element={<MeetingPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
