import { request } from '../../../lib/api/http';
import type {
  AuditEntry,
  AuditFilters,
  AuditVerification,
  NewUser,
  RetentionResult,
  Role,
  UserAccount,
} from '../../../lib/api/types';

export type { AuditEntry, AuditFilters, AuditVerification, RetentionResult, UserAccount };

/** Calls of the administration API (/api/v1/admin). */

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
