import { answered, client, done } from '../../../lib/api/client';
import type { Credentials, CurrentUser } from '../../../lib/api/types';

/** Signing in, and setting up a second factor. */
export const authApi = {
  login: (credentials: Credentials) =>
    answered(client.POST('/api/v1/auth/login', { body: credentials })) as Promise<CurrentUser>,

  secondFactorSetup: () => answered(client.POST('/api/v1/auth/second-factor/setup')),

  secondFactorConfirm: (code: string) =>
    done(client.POST('/api/v1/auth/second-factor/confirm', { body: { code } })),
};
