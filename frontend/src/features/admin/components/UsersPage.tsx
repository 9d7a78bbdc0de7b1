import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Role } from '../../../lib/api/types';
import { useSession } from '../../../lib/session/SessionContext';
import { AdminLayout } from './AdminLayout';
import { adminApi, type UserAccount } from '../api/adminApi';
import { ROLE_LABELS, ROLES, adminErrorMessage } from '../labels';
import { formatDateTime } from '../../../lib/parisTime';
import { ErrorMessage } from '../../../components/ErrorMessage';

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
  if (!user.enabled) return 'Désactivé';
  if (user.locked) return 'Verrouillé';
  return 'Actif';
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
      <h2 id="create-user-title">Créer un compte</h2>
      <div className="field">
        <label htmlFor="new-username">Identifiant</label>
        <input
          id="new-username"
          autoComplete="off"
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-password">Mot de passe initial</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-describedby="password-rule"
        />
        <small id="password-rule">Au moins 12 caractères ; les mots de passe courants sont refusés.</small>
      </div>
      <RoleCheckboxes legend="Rôles" idPrefix="new-role" value={roles} onChange={setRoles} />
      <ErrorMessage message={error} />
      <button type="submit" disabled={busy}>
        Créer le compte
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
      <h2 id="manage-title">Gérer le compte {user.username}</h2>
      <RoleCheckboxes legend="Rôles" idPrefix="edit-role" value={roles} onChange={setRoles} />
      <button type="button" onClick={() => void act(() => adminApi.setRoles(user.id, roles), 'Rôles enregistrés.')}>
        Enregistrer les rôles
      </button>

      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void act(async () => {
            await adminApi.resetPassword(user.id, password);
            setPassword('');
          }, 'Mot de passe réinitialisé.');
        }}
      >
        <div className="field">
          <label htmlFor="reset-password">Nouveau mot de passe</label>
          <input
            id="reset-password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit">Réinitialiser le mot de passe</button>
      </form>

      <div className="actions">
        {user.enabled ? (
          <button
            type="button"
            disabled={isSelf}
            onClick={() => void act(() => adminApi.disable(user.id), 'Compte désactivé.')}
          >
            Désactiver
          </button>
        ) : (
          <button type="button" onClick={() => void act(() => adminApi.enable(user.id), 'Compte réactivé.')}>
            Réactiver
          </button>
        )}
        {user.secondFactor && (
          <button
            type="button"
            onClick={() =>
              void act(() => adminApi.resetSecondFactor(user.id), 'Double authentification réinitialisée.')
            }
          >
            Réinitialiser la double authentification
          </button>
        )}
        {user.locked && (
          <button type="button" onClick={() => void act(() => adminApi.unlock(user.id), 'Compte déverrouillé.')}>
            Déverrouiller
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
    <AdminLayout title="Comptes">
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <ErrorMessage message={error} />
      {users === null ? (
        <p className="loading">Chargement des comptes…</p>
      ) : (
        <div className="table-scroll">
          <table className="queue">
            <caption className="visually-hidden">Comptes des personnes</caption>
            <thead>
              <tr>
                <th scope="col">Identifiant</th>
                <th scope="col">Rôles</th>
                <th scope="col">État</th>
                <th scope="col">Double authentification</th>
                <th scope="col">Créé le</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.username}</th>
                  <td>{user.roles.map((role) => ROLE_LABELS[role] ?? role).join(', ')}</td>
                  <td>{state(user)}</td>
                  <td>{user.secondFactor ? 'Activée' : '—'}</td>
                  <td>{formatDateTime(user.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="small-button"
                      aria-label={`Gérer ${user.username}`}
                      onClick={() => {
                        setNotice(null);
                        setSelected(user.id);
                      }}
                    >
                      Gérer
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
            setNotice(`${selectedUser.username} : ${message}`);
            void load();
          }}
        />
      )}
      <CreateUserForm
        onCreated={(user) => {
          setNotice(`Compte ${user.username} créé.`);
          void load();
        }}
      />
    </AdminLayout>
  );
}
