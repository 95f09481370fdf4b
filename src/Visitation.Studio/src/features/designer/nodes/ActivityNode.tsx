import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useI18n } from '../../../i18n';
import { localized, useDescriptors } from '../descriptors';
import { outcomesOf } from '../mapping';
import type { ActivityFlowNode } from '../types';
import { inPort } from '../types';

/** Room per outcome port on the node's right edge, in pixels. */
const portSpacing = 24;

/** One node for every activity type: its ports come from the outcomes its descriptor declares. */
function ActivityNodeView({ data, selected }: NodeProps<ActivityFlowNode>) {
  const { t, language } = useI18n();
  const { byType } = useDescriptors();
  const { activity } = data;
  const descriptor = byType.get(activity.type);
  const outcomes = outcomesOf(activity, descriptor);
  const title = descriptor ? localized(descriptor.displayName, language) : activity.type;
  const classes = ['activity-node'];
  if (selected) classes.push('activity-node--selected');
  if (data.findings) classes.push(`activity-node--${data.findings}`);
  if (data.visited) classes.push('activity-node--visited');
  if (data.current) classes.push('activity-node--current');
  if (!descriptor) classes.push('activity-node--unknown');

  return (
    // Outcomes leave on the right, one above the other: a node with many gets the height to keep their labels apart.
    <div className={classes.join(' ')} data-activity-id={activity.id} style={outcomes.length > 2 ? { minHeight: outcomes.length * portSpacing } : undefined}>
      <Handle type="target" position={Position.Left} id={inPort} className="activity-node__in" />
      <div className="activity-node__type">{descriptor?.category ? `${descriptor.category} · ` : ''}{title}</div>
      <div className="activity-node__name">{activity.name ?? activity.id}</div>
      {data.findings && (
        <span className={`activity-node__finding activity-node__finding--${data.findings}`}>
          {t(data.findings === 'error' ? 'designer.finding.error' : 'designer.finding.warning')}
        </span>
      )}
      {data.visited && <span className="activity-node__step">{data.visited}</span>}
      {data.overlay && (
        <span className="activity-node__overlay" title={t('designer.overlay.tooltip')}>
          {t('designer.overlay.badge', { count: data.overlay.waiting, hours: data.overlay.medianHours })}
        </span>
      )}
      <div className="activity-node__ports">
        {outcomes.map((outcome, index) => (
          <div key={outcome} className="activity-node__port" style={{ top: `${((index + 1) / (outcomes.length + 1)) * 100}%` }}>
            {outcomes.length > 1 && <span className="activity-node__port-label">{outcome}</span>}
            <Handle type="source" position={Position.Right} id={outcome} className="activity-node__out" aria-label={outcome} />
          </div>
        ))}
      </div>
    </div>
  );
}

export const ActivityNode = memo(ActivityNodeView);
