import type { Priority } from '../lib/api/types';
import { PRIORITY_LABELS } from './labels';

/** Priority shown by code, word and colour together, never by colour alone. */
export function PriorityBadge({ priority }: { priority: Priority }) {
  return (
    <span className={`badge badge-${priority.toLowerCase()}`}>
      <span className="badge-code">{priority}</span> {PRIORITY_LABELS[priority]}
    </span>
  );
}
