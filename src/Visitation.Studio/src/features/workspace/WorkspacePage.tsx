import type { ReactNode } from 'react';
import { usePageTitle } from '../../components/usePageTitle';
import { useI18n } from '../../i18n';
import { WorkspaceIcon } from '../../shell/WorkspaceIcon';
import type { WorkspaceId } from '../../shell/workspaces';

interface Props {
  id: WorkspaceId;
  /** The workspace's content; without it the page says what the workspace will hold. */
  children?: ReactNode;
}

/** A workspace's page frame: its heading and lead, then its content or an honest empty state. */
export function WorkspacePage({ id, children }: Props) {
  const { t } = useI18n();
  const title = t(`${id}.title`);
  usePageTitle(title);

  return (
    <div className="workspace">
      <div className="workspace__heading">
        <h1 tabIndex={-1}>{title}</h1>
        <p className="workspace__lead">{t(`${id}.lead`)}</p>
      </div>
      {children ?? (
        <section className="empty-state" aria-labelledby={`${id}-empty-title`}>
          <span className="empty-state__icon">
            <WorkspaceIcon id={id} />
          </span>
          <h2 id={`${id}-empty-title`}>{t(`${id}.emptyTitle`)}</h2>
          <p>{t(`${id}.emptyBody`)}</p>
        </section>
      )}
    </div>
  );
}
