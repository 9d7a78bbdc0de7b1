import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { IssuedWebhookSecret, PartnerWebhook, WebhookDelivery } from '../../../lib/api/types';
import { ApiError } from '../../../lib/api/ApiError';
import { Field } from '../../../components/Field';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { formatInstant } from '../../../lib/parisTime';
import { partnersApi } from '../api/partnersApi';
import { adminErrorMessage, fieldErrors } from '../adminErrorMessage';

const STATE_LABELS: Record<string, string> = {
  PENDING: 'En cours (nouvel essai prévu)',
  DELIVERED: 'Livrée',
  FAILED: 'Échec définitif',
};

/**
 * A partner's webhook: the URL where Vigie POSTs each change of its reports, its signing secret
 * (shown once, here, when set or rotated), and the delivery log with a replay of any delivery.
 */
export function WebhookPanel({ partnerId, partnerName }: { partnerId: string; partnerName: string }) {
  const [webhook, setWebhook] = useState<PartnerWebhook | null>(null);
  const [deliveries, setDeliveries] = useState<WebhookDelivery[]>([]);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string | undefined>();
  const [issued, setIssued] = useState<IssuedWebhookSecret | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setWebhook(await partnersApi.webhook(partnerId));
      setDeliveries(await partnersApi.webhookDeliveries(partnerId));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        setWebhook(null);
        setDeliveries([]);
      } else setFailure(adminErrorMessage(error));
    }
  }, [partnerId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function act(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setMessage('');
    try {
      await action();
      await load();
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields.url) setUrlError(fields.url);
      else setFailure(adminErrorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (url.trim() === '') {
      setUrlError('obligatoire');
      return;
    }
    setUrlError(undefined);
    void act(async () => {
      setIssued(await partnersApi.setWebhook(partnerId, url.trim()));
      setUrl('');
    });
  }

  const titleId = `webhook-${partnerId}`;
  return (
    <section className="webhook" aria-labelledby={titleId}>
      <h3 id={titleId}>Webhook</h3>
      {webhook ? (
        <p>
          Vigie envoie chaque changement des signalements de {partnerName} à <code>{webhook.url}</code> (depuis le{' '}
          {formatInstant(webhook.createdAt)}).
        </p>
      ) : (
        <p className="empty">Aucun webhook : le partenaire lit l’état de ses signalements par l’API.</p>
      )}

      {issued && (
        <div className="issued-secret" role="alert">
          <p>
            Secret de signature pour {partnerName}, affiché <strong>une seule fois</strong> : transmettez-le au
            partenaire par un canal sûr.
          </p>
          <p>
            <code>{issued.secret}</code>
          </p>
          {issued.previousSecretValidUntil && (
            <p className="secondary">
              L’ancien secret signe encore jusqu’au {formatInstant(issued.previousSecretValidUntil)}.
            </p>
          )}
          <button type="button" className="plain-button" onClick={() => setIssued(null)}>
            J’ai transmis le secret
          </button>
        </div>
      )}

      <form noValidate onSubmit={save}>
        <Field
          id={`webhook-url-${partnerId}`}
          label={webhook ? 'Nouvelle adresse du webhook' : 'Adresse du webhook'}
          help="https uniquement, vers une adresse publique. Un nouveau secret est émis."
          error={urlError}
        >
          {(control) => (
            <input {...control} type="url" maxLength={2000} value={url} onChange={(event) => setUrl(event.target.value)} />
          )}
        </Field>
        <button type="submit" disabled={busy}>
          Enregistrer le webhook
        </button>
      </form>

      {webhook && (
        <p>
          <button
            type="button"
            disabled={busy}
            onClick={() => void act(async () => setIssued(await partnersApi.rotateWebhookSecret(partnerId)))}
          >
            Émettre un nouveau secret
          </button>{' '}
          <button
            type="button"
            className="danger-button"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                await partnersApi.removeWebhook(partnerId);
                setMessage('Webhook supprimé : plus rien n’est envoyé.');
              })
            }
          >
            Supprimer le webhook
          </button>
        </p>
      )}

      {deliveries.length > 0 && (
        <div className="table-scroll">
          <table className="deliveries">
            <caption>Livraisons récentes</caption>
            <thead>
              <tr>
                <th scope="col">Changement</th>
                <th scope="col">État</th>
                <th scope="col">Essais</th>
                <th scope="col">Dernière réponse</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id}>
                  <th scope="row">
                    {delivery.status}
                    {delivery.outcome && ` (${delivery.outcome})`} — {formatInstant(delivery.occurredAt)}
                    {delivery.replayOf && <span className="tag">rejouée</span>}
                  </th>
                  <td>{STATE_LABELS[delivery.state] ?? delivery.state}</td>
                  <td>{delivery.attempts}</td>
                  <td>{delivery.lastStatusCode ?? delivery.lastError ?? '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="plain-button"
                      disabled={busy}
                      aria-label={`Rejouer la livraison du ${formatInstant(delivery.occurredAt)}`}
                      onClick={() =>
                        void act(async () => {
                          await partnersApi.replayWebhookDelivery(partnerId, delivery.id);
                          setMessage('Livraison rejouée : elle part dans un instant.');
                        })
                      }
                    >
                      Rejouer
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorMessage message={failure} />
      <p role="status">{message}</p>
    </section>
  );
}
