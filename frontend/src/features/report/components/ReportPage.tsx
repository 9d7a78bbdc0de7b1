import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { DecisionType, HistoryEntry, ReportDetail } from '../../../lib/api/types';
import { reportApi } from '../api/reportApi';
import { claimReport } from '../../../lib/api/claims';
import { useSession } from '../../../lib/session/SessionContext';
import { claimErrorMessage } from '../../../components/claimErrorMessage';
import { formatInstant } from '../../../lib/parisTime';
import { concernLabel, platformLabel, statusLabel } from '../../../components/labels';
import { ContactLink } from '../../../components/ContactLink';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { ApprovalPanel } from './ApprovalPanel';
import { ClaimPanel } from './ClaimPanel';
import { CloseTogether } from './CloseTogether';
import { ContactLookup } from './ContactLookup';
import { CopyText } from './CopyText';
import { decidedState } from '../../../lib/pageState/decidedReport';
import { DecisionForm } from './DecisionForm';
import { HighlightedText } from './HighlightedText';
import { HistoryList } from './HistoryList';
import { NoteForm } from './NoteForm';
import { ReferralFollowThrough } from './ReferralFollowThrough';
import { useClaimRenewal } from '../hooks/useClaimRenewal';
import { isPendingFor, PENDING_GIVE_UP_MS, PENDING_RETRY_MS } from '../../../lib/pageState/pendingReport';
import { useReport } from '../hooks/useReport';
import { ErrorMessage } from '../../../components/ErrorMessage';

const SCORE = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** A definition-list line, left out when there is nothing to say. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function place(location: ReportDetail['location']): string | null {
  if (!location) return null;
  const city = [location.postalCode, location.city].filter(Boolean).join(' ');
  if (city && location.department) return `${city} (${location.department})`;
  return city || location.department || null;
}

/** « Signalement »: everything a worker needs to decide, and the forms to do it. */
export function ReportPage() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const navigate = useNavigate();
  const me = session.status === 'authenticated' ? session.user.username : null;
  const coordinator = session.status === 'authenticated' && session.user.roles.includes('COORDINATOR');
  const { report, error, reload, update } = useReport(id);
  const pending = isPendingFor(useLocation().state, id) && error === 'not-found';

  // Just sent from the form: the analysis takes a moment; ask again until the report is there.
  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > PENDING_GIVE_UP_MS) clearInterval(timer);
      else void reload();
    }, PENDING_RETRY_MS);
    return () => clearInterval(timer);
  }, [pending, reload]);
  const [busy, setBusy] = useState(false);
  const [claimMessage, setClaimMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  // A new report opened: the focus goes to its title.
  const loaded = report?.id;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const held = report?.claim?.worker === me && me !== null;
  useClaimRenewal(
    id,
    held,
    useCallback((claim) => update((current) => ({ ...current, claim })), [update]),
    useCallback(
      (failure: unknown) => {
        setClaimMessage(`Prise en charge perdue : ${claimErrorMessage(failure)}`);
        void reload();
      },
      [reload],
    ),
  );

  async function act(action: () => Promise<string>) {
    setBusy(true);
    try {
      setClaimMessage(await action());
    } catch (failure) {
      setClaimMessage(claimErrorMessage(failure));
    } finally {
      setBusy(false);
    }
    await reload();
  }

  const claim = () =>
    act(async () => {
      const taken = await claimReport(id);
      update((current) => ({ ...current, claim: taken }));
      return 'Signalement pris en charge par vous.';
    });
  const release = () =>
    act(async () => {
      await reportApi.release(id);
      update((current) => ({ ...current, claim: null }));
      return 'Signalement libéré : il est de nouveau disponible dans la file.';
    });
  const reassign = (worker: string) =>
    act(async () => {
      const given = await reportApi.reassign(id, worker);
      update((current) => ({ ...current, claim: given }));
      return `Signalement réattribué à ${given.worker}.`;
    });

  function decided(entry: HistoryEntry) {
    navigate('/file', { state: decidedState({ id, type: entry.type as DecisionType }) });
  }

  if (pending) {
    return (
      <main id="contenu" className="page">
        <h1>Signalement enregistré</h1>
        <p role="status">
          Signalement n° {id} enregistré. Analyse en cours : il s’affichera ici dans un instant.
        </p>
        <p>
          <Link to="/file">Retour à la file</Link>
        </p>
      </main>
    );
  }

  if (error === 'not-found') {
    return (
      <main id="contenu" className="page">
        <h1>Signalement introuvable</h1>
        <p>
          Ce signalement n’existe pas ou plus. <Link to="/file">Retour à la file</Link>
        </p>
      </main>
    );
  }

  if (report === null) {
    return (
      <main id="contenu" className="page">
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : (
          <p className="loading">Chargement du signalement…</p>
        )}
      </main>
    );
  }

  const entities = report.entities;
  const canDecide = held || coordinator;

  return (
    <main id="contenu" className="page report-page">
      <p className="back">
        <Link to="/file">← Retour à la file</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Signalement <PriorityBadge priority={report.priority} />
      </h1>
      <ErrorMessage message={error} />
      <dl className="facts report-summary">
        <Fact term="Score">{SCORE.format(report.score)}</Fact>
        <Fact term="Statut">{statusLabel(report.status)}</Fact>
        <Fact term="Observé le">
          <time dateTime={report.observedAt}>{formatInstant(report.observedAt)}</time>
        </Fact>
        <Fact term="Reçu le">
          <time dateTime={report.receivedAt}>{formatInstant(report.receivedAt)}</time>
        </Fact>
        <Fact term="N°">
          <span className="report-id">{report.id}</span>
        </Fact>
      </dl>

      <div className="report-layout">
        <section aria-labelledby="texte" className="report-text">
          <h2 id="texte">Texte de l’annonce</h2>
          <HighlightedText text={report.text} signals={report.signals} />
        </section>

        {/* Beside the text on a wide screen (and stays in view), right after it on a narrow one. */}
        <aside className="decision-panel" aria-label="Prise en charge et décision">
          <section aria-labelledby="prise-en-charge">
            <h2 id="prise-en-charge">Prise en charge</h2>
            <ClaimPanel
              claim={report.claim}
              me={me}
              coordinator={coordinator}
              busy={busy}
              message={claimMessage}
              onClaim={() => void claim()}
              onRelease={() => void release()}
              onReassign={(worker) => void reassign(worker)}
            />
          </section>

          <ApprovalPanel
            reportId={report.id}
            history={report.history}
            me={me}
            coordinator={coordinator}
            onAnswered={() => void reload()}
          />

          <ReferralFollowThrough reportId={report.id} referrals={report.referrals ?? []} onChanged={() => void reload()} />

          <section aria-labelledby="decision">
            <h2 id="decision">Décision</h2>
            {canDecide && (
              <p className="shortcuts" id="raccourcis-decision">
                Clavier, hors d’un champ de saisie : <kbd>1</kbd> prise de contact, <kbd>2</kbd> orientation,{' '}
                <kbd>3</kbd> sans suite, <kbd>4</kbd> doublon, <kbd>5</kbd> escalade ; puis <kbd>Tab</kbd> pour
                remplir et « Enregistrer la décision ».
              </p>
            )}
            {canDecide ? (
              <DecisionForm
                reportId={report.id}
                history={report.history}
                linkedReports={report.linkedReports}
                onDecided={decided}
              />
            ) : (
              <p className="notice">Prenez le signalement en charge pour enregistrer une décision.</p>
            )}
          </section>

        </aside>
        <div className="report-details">
          <section aria-labelledby="signaux">
            <h2 id="signaux">Signaux</h2>
            {report.signals.length === 0 ? (
              <p className="empty">Aucun signal de risque détecté.</p>
            ) : (
              <ul className="signal-list">
                {report.signals.map((signal, index) => (
                  <li key={`${signal.code}-${index}`}>
                    <strong>{signal.label}</strong>
                    {signal.evidence && <> : « {signal.evidence} »</>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="elements">
            <h2 id="elements">Éléments repérés dans le texte</h2>
            {entities &&
            Object.values(entities).some((values) => Array.isArray(values) && values.length > 0) ? (
              <dl className="facts">
                <Fact term="Téléphones">
                  {entities.phones.length > 0 && (
                    <ul className="plain-list">
                      {entities.phones.map((phone) => (
                        <li key={phone}>
                          <ContactLookup contact={phone} reportId={report.id} />
                        </li>
                      ))}
                    </ul>
                  )}
                </Fact>
                <Fact term="Pseudonymes">
                  {entities.handles.length > 0 && (
                    <ul className="plain-list">
                      {entities.handles.map((handle) => (
                        <li key={handle}>
                          <ContactLookup contact={handle} reportId={report.id} />
                        </li>
                      ))}
                    </ul>
                  )}
                </Fact>
                <Fact term="Âges indiqués">{entities.ages.map((age) => `${age} ans`).join(', ')}</Fact>
                <Fact term="Années de naissance">{entities.birthYears.join(', ')}</Fact>
                <Fact term="Niveaux scolaires">{entities.schoolLevels.join(', ')}</Fact>
                <Fact term="Lieux">{entities.places.join(', ')}</Fact>
              </dl>
            ) : (
              <p className="empty">Aucun élément repéré.</p>
            )}
          </section>

          <section aria-labelledby="annonce">
            <h2 id="annonce">L’annonce et son signalement</h2>
            <dl className="facts">
              <Fact term="Plateforme">
                {platformLabel(report.platform)}
                {report.platformName && ` — ${report.platformName}`}
              </Fact>
              <Fact term="Adresse de l’annonce">
                {report.url && (
                  <CopyText value={report.url} buttonLabel="Copier l’adresse" copiedMessage="Adresse copiée." />
                )}
              </Fact>
              <Fact term="Lieu">{place(report.location)}</Fact>
              <Fact term="Contacts indiqués">
                {report.contacts.length > 0 && (
                  <ul className="plain-list">
                    {report.contacts.map((contact) => (
                      <li key={contact}>
                        <ContactLink contact={contact} />
                      </li>
                    ))}
                  </ul>
                )}
              </Fact>
              <Fact term="Inquiétude de l’émetteur">
                {report.reporterConcern && concernLabel(report.reporterConcern)}
              </Fact>
              <Fact term="Source">{report.source}</Fact>
              <Fact term="Saisi par">{report.submittedBy}</Fact>
              <Fact term="Note de l’émetteur">{report.note && <span className="note-text">{report.note}</span>}</Fact>
            </dl>
          </section>

          <section aria-labelledby="vu-aussi">
            <h2 id="vu-aussi">Vu aussi</h2>
            {report.sightings.length === 0 ? (
              <p className="empty">Aucun autre signalement de la même annonce.</p>
            ) : (
              <ul>
                {report.sightings.map((sighting, index) => (
                  <li key={`${sighting.seenAt}-${index}`}>
                    <time dateTime={sighting.seenAt}>{formatInstant(sighting.seenAt)}</time>
                    {sighting.source && <> — {sighting.source}</>} (
                    {sighting.matchedOn === 'URL' ? 'même adresse' : 'même texte'})
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="lies">
            <h2 id="lies">Signalements liés</h2>
            <p>
              <Link to={`/reseau?signalement=${report.id}`}>Voir le réseau de ce signalement</Link>
            </p>
            {report.linkedReports.length === 0 ? (
              <p className="empty">Aucun autre signalement ne partage ses contacts.</p>
            ) : (
              <ul className="linked-reports">
                {report.linkedReports.map((linked) => (
                  <li key={linked.id}>
                    <Link to={`/signalements/${linked.id}`}>
                      <PriorityBadge priority={linked.priority} />{' '}
                      <span className="visually-hidden">signalement </span>n° {linked.id.slice(0, 8)}
                    </Link>{' '}
                    — {statusLabel(linked.status)} — contacts en commun : {linked.sharedContacts.join(', ')}
                  </li>
                ))}
              </ul>
            )}
            {canDecide && (
              <CloseTogether
                reportId={report.id}
                linkedReports={report.linkedReports}
                onClosed={(count) => navigate('/file', { state: decidedState({ id, type: 'NO_ACTION', count }) })}
              />
            )}
          </section>

          <section aria-labelledby="historique">
            <h2 id="historique">Historique</h2>
            <HistoryList history={report.history} />
          </section>

          <section aria-labelledby="note">
            <h2 id="note">Ajouter une note</h2>
            <NoteForm reportId={report.id} onAdded={() => void reload()} />
          </section>

          <section aria-labelledby="fiche">
            <h2 id="fiche">Fiche de transmission</h2>
            <p>
              Les faits, le texte, les signaux, les signalements liés et les décisions, en français et sans les
              notes internes : à joindre à une information préoccupante ou à un signalement.
            </p>
            <p>
              <a href={reportApi.referralPacketPdfUrl(report.id)} download>
                Télécharger la fiche de transmission (PDF)
              </a>
            </p>
            <p>
              <a href={reportApi.referralPacketUrl(report.id)} download>
                Télécharger la fiche de transmission
              </a>{' '}
              (texte, pour le corps d’un courriel)
            </p>
          </section>
        </div>
      </div>
    </main>
  );
}
