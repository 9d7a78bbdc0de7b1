import { answered, client, done } from '../../../lib/api/client';
import type {
  AuditEntry,
  AuditFilters,
  AuditVerification,
  NewUser,
  RetentionPolicy,
  RetentionResult,
  Role,
  UserAccount,
} from '../../../lib/api/types';

export type { AuditEntry, AuditFilters, AuditVerification, RetentionPolicy, RetentionResult, UserAccount };

const ofUser = (id: string) => ({ params: { path: { id } } });
/** What the actions on an account answer: the account as it is now. */
const account = (call: Promise<{ data?: unknown; response: Response }>) => answered(call) as Promise<UserAccount>;

/** Accounts, the audit log and retention (/api/v1/admin), for administrators. */
export const adminApi = {
  users: () => answered(client.GET('/api/v1/admin/users')) as Promise<{ items: UserAccount[] }>,
  createUser: (user: NewUser) => account(client.POST('/api/v1/admin/users', { body: user })),
  disable: (id: string) => account(client.POST('/api/v1/admin/users/{id}/disable', ofUser(id))),
  enable: (id: string) => account(client.POST('/api/v1/admin/users/{id}/enable', ofUser(id))),
  resetSecondFactor: (id: string) =>
    account(client.POST('/api/v1/admin/users/{id}/second-factor/reset', ofUser(id))),
  unlock: (id: string) => account(client.POST('/api/v1/admin/users/{id}/unlock', ofUser(id))),
  setRoles: (id: string, roles: Role[]) =>
    account(client.PUT('/api/v1/admin/users/{id}/roles', { ...ofUser(id), body: { roles } })),
  resetPassword: (id: string, password: string) =>
    done(client.PUT('/api/v1/admin/users/{id}/password', { ...ofUser(id), body: { password } })),

  audit: (filters: AuditFilters): Promise<{ items: AuditEntry[] }> =>
    answered(client.GET('/api/v1/admin/audit', { params: { query: filters } })),
  verifyAudit: (): Promise<AuditVerification> => answered(client.GET('/api/v1/admin/audit/verify')),

  retentionPolicy: (): Promise<RetentionPolicy> => answered(client.GET('/api/v1/admin/retention/policy')),
  retentionDryRun: (): Promise<RetentionResult> =>
    answered(client.POST('/api/v1/admin/retention/dry-run')),
  retentionRun: (): Promise<RetentionResult> =>
    answered(client.POST('/api/v1/admin/retention/run')),
};
