import { request } from '../../api/http';
import type { Role } from '../../api/types';

/** Shapes and calls of the administration API (/api/v1/admin). */

export interface UserAccount {
  id: string;
  username: string;
  roles: Role[];
  enabled: boolean;
  locked: boolean;
  /** Has a TOTP second factor. */
  secondFactor: boolean;
  /** ISO-8601 instant. */
  createdAt: string;
  /** ISO-8601 instant. */
  updatedAt: string;
}

export interface NewUser {
  username: string;
  password: string;
  roles: Role[];
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  reportId: string | null;
  sourceAddress: string | null;
  /** A JSON object, as text: ids, counts, usernames, reasons. */
  details: string;
}

export interface AuditFilters {
  reportId?: string;
  user?: string;
  action?: string;
  /** ISO-8601 instants. */
  from?: string;
  to?: string;
}

export interface AuditVerification {
  intact: boolean;
  checked: number;
  headSeq: number | null;
  headHash: string | null;
  brokenAt: number | null;
  problem: string | null;
}

export interface RetentionRule {
  status: string;
  action: 'PURGE' | 'ANONYMISE';
  /** ISO-8601 duration. */
  after: string;
  unchangedBefore: string;
  count: number;
  reportIds: string[];
}

export interface RetentionResult {
  dryRun: boolean;
  ranAt: string;
  rules: RetentionRule[];
  keptOlderThan: string;
  keptUnchanged: Record<string, number>;
}

const BASE = '/api/v1/admin';

function query(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const adminApi = {
  users: () => request<{ items: UserAccount[] }>('GET', `${BASE}/users`),
  createUser: (user: NewUser) => request<UserAccount>('POST', `${BASE}/users`, { body: user }),
  disable: (id: string) => request<UserAccount>('POST', `${BASE}/users/${id}/disable`, { body: {} }),
  enable: (id: string) => request<UserAccount>('POST', `${BASE}/users/${id}/enable`, { body: {} }),
  resetSecondFactor: (id: string) =>
    request<UserAccount>('POST', `${BASE}/users/${id}/second-factor/reset`, { body: {} }),
  unlock: (id: string) => request<UserAccount>('POST', `${BASE}/users/${id}/unlock`, { body: {} }),
  setRoles: (id: string, roles: Role[]) =>
    request<UserAccount>('PUT', `${BASE}/users/${id}/roles`, { body: { roles } }),
  resetPassword: (id: string, password: string) =>
    request<void>('PUT', `${BASE}/users/${id}/password`, { body: { password } }),

  audit: (filters: AuditFilters) =>
    request<{ items: AuditEntry[] }>('GET', `${BASE}/audit${query(filters)}`),
  verifyAudit: () => request<AuditVerification>('GET', `${BASE}/audit/verify`),

  retentionDryRun: () => request<RetentionResult>('POST', `${BASE}/retention/dry-run`, { body: {} }),
  retentionRun: () => request<RetentionResult>('POST', `${BASE}/retention/run`, { body: {} }),
};
