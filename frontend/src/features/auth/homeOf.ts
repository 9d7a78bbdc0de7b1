import type { Role } from '../../lib/api/types';

/** Where a person lands after login: the queue, or administration for an administrator only. */
export function homeOf(roles: Role[]): string {
  return roles.includes('WORKER') || roles.includes('COORDINATOR') ? '/file' : '/admin/utilisateurs';
}
