import { answered, client } from '../../../lib/api/client';
import type { ActivityFigures, WorkerActivity } from '../../../lib/api/types';

export type Interval = 'day' | 'week' | 'month';
export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/** Coordinators and administrators: the figures of a period (Paris days, both included). */
export const statisticsApi = {
  figures: (from: string, to: string, interval?: Interval) =>
    answered(client.GET('/api/v1/statistics', { params: { query: { from, to, interval } } })) as Promise<ActivityFigures>,

  /** Coordinators only: each worker's activity over the period and over each worker shift in it. */
  workers: (from: string, to: string) =>
    answered(client.GET('/api/v1/statistics/workers', { params: { query: { from, to } } })) as Promise<WorkerActivity>,

  /** The address of a file to download with the session (a plain link: the browser saves it). */
  exportUrl: (format: ExportFormat, from: string, to: string) =>
    `/api/v1/statistics/export?${new URLSearchParams({ format, from, to }).toString()}`,
};
