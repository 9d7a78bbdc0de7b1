import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Role } from '../../../lib/api/types';
import { useSession } from '../../../lib/session/SessionContext';
import { AdminLayout } from './AdminLayout';
import { adminApi, type UserAccount } from '../api/adminApi';
import { ROLE_LABELS, ROLES, adminErrorMessage } from '../labels';
import { formatDateTime } from '../../../lib/parisTime';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { t } from '../../../lib/i18n';

function RoleCheckboxes({
  legend,
  idPrefix,
  value,
  onChange,
}: {
  legend: string;
  idPrefix: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
}) {
  return (
    <fieldset className="roles">
      <legend>{legend}</legend>
      {ROLES.map((role) => (
        <label key={role} htmlFor={`${idPrefix}-${role}`}>
          <input
            id={`${idPrefix}-${role}`}
            type="checkbox"
            checked={value.includes(role)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, role] : value.filter((r) => r !== role))
            }
          />
          {ROLE_LABELS[role]}
        </label>
      ))}
    </fieldset>
  );
}

function state(user: UserAccount): string {
  if (!user.enabled) return t('admin.users.disabled');
  if (user.locked) return t('admin.users.locked');
  return t('admin.users.active');
}

function CreateUserForm({ onCreated }: { onCreated: (user: UserAccount) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(['WORKER']);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await adminApi.createUser({ username, password, roles });
      setUsername('');
      setPassword('');
      setRoles(['WORKER']);
      onCreated(user);
    } catch (failure) {
      setError(adminErrorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="admin-form" onSubmit={handleSubmit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('admin.users.createTitle')}</h2>
      <div className="field">
        <label htmlFor="new-username">{t('admin.users.username')}</label>
        <input
          id="new-username"
          autoComplete="off"
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-password">{t('admin.users.initialPassword')}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-describedby="password-rule"
        />
        <small id="password-rule">{t('admin.users.passwordRule')}</small>
      </div>
      <RoleCheckboxes legend={t('admin.users.roles')} idPrefix="new-role" value={roles} onChange={setRoles} />
      <ErrorMessage message={error} />
      <button type="submit" disabled={busy}>
        {t('admin.users.create')}
      </button>
    </form>
  );
}

function ManageUser({
  user,
  isSelf,
  onChanged,
}: {
  user: UserAccount;
  isSelf: boolean;
  onChanged: (user: UserAccount, message: string) => void;
}) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => setRoles(user.roles), [user]);

  async function act(action: () => Promise<UserAccount | void>, message: string) {
    setError(null);
    try {
      const updated = await action();
      onChanged(updated ?? user, message);
    } catch (failure) {
      setError(adminErrorMessage(failure));
    }
  }

  return (
    <section className="admin-form" aria-labelledby="manage-title">
      <h2 id="manage-title">{t('admin.users.manageTitle', { username: user.username })}</h2>
      <RoleCheckboxes legend={t('admin.users.roles')} idPrefix="edit-role" value={roles} onChange={setRoles} />
      <button type="button" onClick={() => void act(() => adminApi.setRoles(user.id, roles), t('admin.users.rolesSaved'))}>
        {t('admin.users.saveRoles')}
      </button>

      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void act(async () => {
            await adminApi.resetPassword(user.id, password);
            setPassword('');
          }, t('admin.users.passwordReset'));
        }}
      >
        <div className="field">
          <label htmlFor="reset-password">{t('admin.users.newPassword')}</label>
          <input
            id="reset-password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit">{t('admin.users.resetPassword')}</button>
      </form>

      <div className="actions">
        {user.enabled ? (
          <button
            type="button"
            disabled={isSelf}
            onClick={() => void act(() => adminApi.disable(user.id), t('admin.users.disabledDone'))}
          >
            {t('admin.users.disable')}
          </button>
        ) : (
          <button type="button" onClick={() => void act(() => adminApi.enable(user.id), t('admin.users.enabledDone'))}>
            {t('admin.users.enable')}
          </button>
        )}
        {user.secondFactor && (
          <button
            type="button"
            onClick={() =>
              void act(() => adminApi.resetSecondFactor(user.id), t('admin.users.secondFactorReset'))
            }
          >
            {t('admin.users.resetSecondFactor')}
          </button>
        )}
        {user.locked && (
          <button type="button" onClick={() => void act(() => adminApi.unlock(user.id), t('admin.users.unlocked'))}>
            {t('admin.users.unlock')}
          </button>
        )}
      </div>
      <ErrorMessage message={error} />
    </section>
  );
}

/** Accounts: list, create, disable or re-enable, unlock, roles, password reset. */
export function UsersPage() {
  const { session } = useSession();
  const [users, setUsers] = useState<UserAccount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setUsers((await adminApi.users()).items);
      setError(null);
    } catch (failure) {
      setError(adminErrorMessage(failure));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const self = session.status === 'authenticated' ? session.user.username : null;
  const selectedUser = users?.find((u) => u.id === selected) ?? null;

  return (
    <AdminLayout title={t('admin.users.title')}>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ErrorMessage message={error} />
      {users === null ? (
        <p className="loading">{t('admin.users.loading')}</p>
      ) : (
        <div className="table-scroll">
          <table className="queue">
            <caption className="visually-hidden">{t('admin.users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.columns.username')}</th>
                <th scope="col">{t('admin.users.columns.roles')}</th>
                <th scope="col">{t('admin.users.columns.state')}</th>
                <th scope="col">{t('admin.users.columns.secondFactor')}</th>
                <th scope="col">{t('admin.users.columns.createdAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin.users.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.username}</th>
                  <td>{user.roles.map((role) => ROLE_LABELS[role] ?? role).join(', ')}</td>
                  <td>{state(user)}</td>
                  <td>{user.secondFactor ? t('admin.users.secondFactorOn') : t('common.none')}</td>
                  <td>{formatDateTime(user.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="small-button"
                      aria-label={t('admin.users.manageNamed', { username: user.username })}
                      onClick={() => {
                        setNotice(null);
                        setSelected(user.id);
                      }}
                    >
                      {t('admin.users.manage')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selectedUser && (
        <ManageUser
          user={selectedUser}
          isSelf={selectedUser.username === self}
          onChanged={(_, message) => {
            setNotice(t('admin.users.changed', { username: selectedUser.username, message }));
            void load();
          }}
        />
      )}
      <CreateUserForm
        onCreated={(user) => {
          setNotice(t('admin.users.created', { username: user.username }));
          void load();
        }}
      />
    </AdminLayout>
  );
}
