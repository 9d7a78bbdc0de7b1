import type { Platform, Priority, QueueFilter, ReportStatus } from '../../lib/api/types';
import { PLATFORM_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../../components/labels';

/** The queue's filters as the page's address (/file?band=P1&mine=true), so that they survive a reload. */
export function filterFromSearch(search: URLSearchParams): QueueFilter {
  const filter: QueueFilter = {};
  const band = search.get('band');
  if (band && band in PRIORITY_LABELS) filter.band = band as Priority;
  const platform = search.get('platform');
  if (platform && platform in PLATFORM_LABELS) filter.platform = platform as Platform;
  const department = search.get('department')?.trim();
  if (department) filter.department = department;
  const status = search.get('status');
  if (status && status in STATUS_LABELS) filter.status = status as ReportStatus;
  if (search.get('mine') === 'true') filter.mine = true;
  if (search.get('followUps') === 'true') filter.followUps = true;
  if (search.get('teamFollowUps') === 'true') filter.teamFollowUps = true;
  // on shift, the queue is her shift's scope unless she widens it
  if (search.get('scope') === 'all') filter.scope = 'all';
  return filter;
}

export function searchFromFilter(filter: QueueFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === false || value === '') continue;
    search.set(key, String(value));
  }
  return search;
}

export function hasFilter(filter: QueueFilter): boolean {
  return [...searchFromFilter(filter).keys()].some((key) => key !== 'scope');
}
