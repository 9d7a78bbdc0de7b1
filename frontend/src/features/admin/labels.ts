import { ApiError } from '../../lib/api/ApiError';
import type { Role } from '../../lib/api/types';
import { i18n, t } from '../../lib/i18n';

/** The roles' labels, read from the catalogue when shown. */
export const ROLE_LABELS: Record<Role, string> = {
  get WORKER() {
    return t('labels.role.WORKER');
  },
  get COORDINATOR() {
    return t('labels.role.COORDINATOR');
  },
  get ADMIN() {
    return t('labels.role.ADMIN');
  },
};

export const ROLES: Role[] = ['WORKER', 'COORDINATOR', 'ADMIN'];

/** An audit action in words; a code this version does not know is shown as is. */
export function actionLabel(action: string): string {
  const key = `admin.audit.actions.${action}`;
  return i18n.exists(key) ? t(key) : action;
}

/** The message for a failed administration call, with the field at fault when given. */
export function adminErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('admin.errors.expired');
    if (error.status === 403) return t('admin.errors.forbidden');
    const fieldErrors = error.problem.errors ?? [];
    if (fieldErrors.length > 0) {
      return fieldErrors.map((e) => t('admin.errors.field', { field: fieldLabel(e.field), message: french(e.message) })).join(' ; ');
    }
    return error.problem.detail ? french(error.problem.detail) : t('admin.errors.failed');
  }
  return t('admin.errors.unreachable');
}

function fieldLabel(field: string): string {
  const key = `admin.errors.fields.${field}`;
  return i18n.exists(key) ? t(key) : field;
}

/** Messages come as "français / English": keep the French part. */
function french(message: string): string {
  const slash = message.indexOf(' / ');
  return slash > 0 ? message.slice(0, slash) : message;
}
