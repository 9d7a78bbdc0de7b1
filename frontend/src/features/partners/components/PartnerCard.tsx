import { useState, type FormEvent } from 'react';
import type { IssuedKey, Partner, PartnerKey } from '../../../lib/api/types';
import { partnersApi } from '../api/partnersApi';
import { Field } from '../../../components/Field';
import { formatInstant } from '../../../lib/parisTime';
import { adminErrorMessage, fieldErrors } from '../adminErrorMessage';
import { budgetLabel, parseBudget } from '../budget';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { WebhookPanel } from './WebhookPanel';

interface PartnerCardProps {
  partner: Partner;
  onIssued: (issued: IssuedKey) => void;
  /** Something changed on the server: the list is to be loaded again. */
  onChanged: (message: string) => void;
}

/** One partner: its budget, its keys (by prefix only) and what an administrator can do. */
export function PartnerCard({ partner, onIssued, onChanged }: PartnerCardProps) {
  const [budget, setBudget] = useState(partner.requestsPerMinute?.toString() ?? '');
  const [budgetError, setBudgetError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleId = `partner-${partner.id}`;

  async function act(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields.requestsPerMinute) setBudgetError(fields.requestsPerMinute);
      else setFailure(adminErrorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  function saveBudget(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseBudget(budget);
    if ('error' in parsed) {
      setBudgetError(parsed.error);
      return;
    }
    setBudgetError(undefined);
    void act(async () => {
      await partnersApi.setPartnerRateLimit(partner.id, parsed.value);
      onChanged(`Budget de ${partner.name} : ${budgetLabel(parsed.value)}.`);
    });
  }

  function issueKey() {
    void act(async () => {
      onIssued(await partnersApi.issuePartnerKey(partner.id));
    });
  }

  function revoke(key: PartnerKey) {
    void act(async () => {
      await partnersApi.revokePartnerKey(partner.id, key.id);
      setConfirming(null);
      onChanged(`Clé ${key.prefix} de ${partner.name} révoquée.`);
    });
  }

  return (
    <section className="partner" aria-labelledby={titleId}>
      <h2 id={titleId}>{partner.name}</h2>
      <dl className="partner-facts">
        <dt>Créé le</dt>
        <dd>{formatInstant(partner.createdAt)}</dd>
        <dt>Budget</dt>
        <dd>{budgetLabel(partner.requestsPerMinute)}</dd>
      </dl>

      <form className="budget-form" noValidate onSubmit={saveBudget}>
        <Field
          id={`budget-${partner.id}`}
          label="Nouveau budget (requêtes par minute)"
          help="Laisser vide pour revenir au budget par défaut."
          error={budgetError}
        >
          {(control) => (
            <input
              {...control}
              name="requestsPerMinute"
              inputMode="numeric"
              autoComplete="off"
              value={budget}
              onChange={(event) => setBudget(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          Enregistrer le budget
        </button>
      </form>

      <div className="table-scroll">
        <table className="keys">
          <caption>Clés d’API</caption>
          <thead>
            <tr>
              <th scope="col">Préfixe</th>
              <th scope="col">Créée le</th>
              <th scope="col">Dernière utilisation</th>
              <th scope="col">État</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {partner.keys.length === 0 && (
              <tr>
                <td colSpan={5}>Aucune clé</td>
              </tr>
            )}
            {partner.keys.map((key) => (
              <tr key={key.id} className={key.revokedAt ? 'revoked' : undefined}>
                <th scope="row">
                  <code>{key.prefix}</code>
                </th>
                <td>{formatInstant(key.createdAt)}</td>
                <td>{key.lastUsedAt ? formatInstant(key.lastUsedAt) : 'jamais'}</td>
                <td>{key.revokedAt ? `Révoquée le ${formatInstant(key.revokedAt)}` : 'Active'}</td>
                <td>
                  {key.revokedAt ? (
                    '—'
                  ) : confirming === key.id ? (
                    <div className="confirm" role="group" aria-label={`Confirmer la révocation de ${key.prefix}`}>
                      <p>
                        Révoquer la clé <code>{key.prefix}</code> ? Le partenaire ne pourra plus
                        l’utiliser, immédiatement et définitivement.
                      </p>
                      <button type="button" className="danger-button" disabled={busy} onClick={() => revoke(key)}>
                        Révoquer définitivement
                      </button>
                      <button
                        type="button"
                        className="plain-button"
                        autoFocus
                        onClick={() => setConfirming(null)}
                      >
                        Annuler
                      </button>
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="plain-button"
                      aria-label={`Révoquer la clé ${key.prefix}`}
                      onClick={() => setConfirming(key.id)}
                    >
                      Révoquer
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ErrorMessage message={failure} />
      <button type="button" disabled={busy} onClick={issueKey}>
        Émettre une nouvelle clé
      </button>

      <WebhookPanel partnerId={partner.id} partnerName={partner.name} />
    </section>
  );
}
