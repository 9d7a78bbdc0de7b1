import { answered, client, done } from '../api/client';
import type { CurrentUser } from '../api/types';

/** Who is signed in; a 401 when nobody is. */
export function currentUser(): Promise<CurrentUser> {
  return answered(client.GET('/api/v1/auth/me')) as Promise<CurrentUser>;
}

export function logout(): Promise<void> {
  return done(client.POST('/api/v1/auth/logout'));
}
