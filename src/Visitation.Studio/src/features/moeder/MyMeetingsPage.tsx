import type { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { WorkspacePage } from '../workspace/WorkspacePage';
import { AwaitingApprovalList } from './AwaitingApprovalList';
import { ForumCard } from './ForumCard';
import { MyDutiesList } from './MyDutiesList';
import { useMyMeetings } from './useMyMeetings';

/** `/moeder`: the approvals and justifications the competence plan sends me, what waits for my approval, then each forum I sit in with its meetings. */
export default function MyMeetingsPage() {
  const { t } = useI18n();
  const mine = useMyMeetings();

  return (
    <WorkspacePage id="moeder">
      <MyDutiesList />
      {mine.isPending && <Loading />}
      {mine.error && <ProblemAlert error={mine.error as ApiError} />}
      {mine.data && (
        <>
          <AwaitingApprovalList items={mine.data.awaitingApproval} />
          <section className="moeder-section" aria-labelledby="moeder-forums-title">
            <h2 id="moeder-forums-title">{t('moeder.forums.title')}</h2>
            {mine.data.forums.length === 0 ? (
              <p className="moeder-empty">{t('moeder.forums.none')}</p>
            ) : (
              mine.data.forums.map((forum) => <ForumCard key={forum.id} forum={forum} />)
            )}
          </section>
        </>
      )}
    </WorkspacePage>
  );
}
