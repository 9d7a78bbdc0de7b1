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
import { locale, Trans, useTranslation } from '../../../lib/i18n';

/** A score in the chosen language (« 72,5 » in French). */
const score = (value: number) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(value);

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
  const { t } = useTranslation();
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
        setClaimMessage(t('report.claim.lost', { reason: claimErrorMessage(failure) }));
        void reload();
      },
      [reload, t],
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
      return t('report.claim.taken');
    });
  const release = () =>
    act(async () => {
      await reportApi.release(id);
      update((current) => ({ ...current, claim: null }));
      return t('report.claim.released');
    });
  const reassign = (worker: string) =>
    act(async () => {
      const given = await reportApi.reassign(id, worker);
      update((current) => ({ ...current, claim: given }));
      return t('report.claim.reassigned', { worker: given.worker });
    });

  function decided(entry: HistoryEntry) {
    navigate('/file', { state: decidedState({ id, type: entry.type as DecisionType }) });
  }

  if (pending) {
    return (
      <main id="contenu" className="page">
        <h1>{t('report.pending.title')}</h1>
        <p role="status">
          {t('report.pending.body', { id })}
        </p>
        <p>
          <Link to="/file">{t('report.backToQueue')}</Link>
        </p>
      </main>
    );
  }

  if (error === 'not-found') {
    return (
      <main id="contenu" className="page">
        <h1>{t('report.notFound.title')}</h1>
        <p>
          {t('report.notFound.body')} <Link to="/file">{t('report.backToQueue')}</Link>
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
          <p className="loading">{t('report.loading')}</p>
        )}
      </main>
    );
  }

  const entities = report.entities;
  const canDecide = held || coordinator;

  return (
    <main id="contenu" className="page report-page">
      <p className="back">
        <Link to="/file">{t('report.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('report.title')} <PriorityBadge priority={report.priority} />
      </h1>
      <ErrorMessage message={error} />
      <dl className="facts report-summary">
        <Fact term={t('report.facts.score')}>{score(report.score)}</Fact>
        <Fact term={t('report.facts.status')}>{statusLabel(report.status)}</Fact>
        <Fact term={t('report.facts.observedAt')}>
          <time dateTime={report.observedAt}>{formatInstant(report.observedAt)}</time>
        </Fact>
        <Fact term={t('report.facts.receivedAt')}>
          <time dateTime={report.receivedAt}>{formatInstant(report.receivedAt)}</time>
        </Fact>
        <Fact term={t('report.facts.id')}>
          <span className="report-id">{report.id}</span>
        </Fact>
      </dl>

      <div className="report-layout">
        <section aria-labelledby="texte" className="report-text">
          <h2 id="texte">{t('report.section.text')}</h2>
          <HighlightedText text={report.text} signals={report.signals} />
        </section>

        {/* Beside the text on a wide screen (and stays in view), right after it on a narrow one. */}
        <aside className="decision-panel" aria-label={t('report.section.panel')}>
          <section aria-labelledby="prise-en-charge">
            <h2 id="prise-en-charge">{t('report.section.claim')}</h2>
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
            <h2 id="decision">{t('report.section.decision')}</h2>
            {canDecide && (
              <p className="shortcuts" id="raccourcis-decision">
                <Trans i18nKey="report.shortcuts" components={{ kbd: <kbd /> }} />
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
              <p className="notice">{t('report.claimToDecide')}</p>
            )}
          </section>

        </aside>
        <div className="report-details">
          <section aria-labelledby="signaux">
            <h2 id="signaux">{t('report.section.signals')}</h2>
            {report.signals.length === 0 ? (
              <p className="empty">{t('report.noSignal')}</p>
            ) : (
              <ul className="signal-list">
                {report.signals.map((signal, index) => (
                  <li key={`${signal.code}-${index}`}>
                    <strong>{signal.label}</strong>
                    {signal.evidence && <>{t('report.evidence', { evidence: signal.evidence })}</>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="elements">
            <h2 id="elements">{t('report.section.entities')}</h2>
            {entities &&
            Object.values(entities).some((values) => Array.isArray(values) && values.length > 0) ? (
              <dl className="facts">
                <Fact term={t('report.facts.phones')}>
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
                <Fact term={t('report.facts.handles')}>
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
                <Fact term={t('report.facts.ages')}>{entities.ages.map((age) => t('report.age', { age })).join(', ')}</Fact>
                <Fact term={t('report.facts.birthYears')}>{entities.birthYears.join(', ')}</Fact>
                <Fact term={t('report.facts.schoolLevels')}>{entities.schoolLevels.join(', ')}</Fact>
                <Fact term={t('report.facts.places')}>{entities.places.join(', ')}</Fact>
              </dl>
            ) : (
              <p className="empty">{t('report.noEntity')}</p>
            )}
          </section>

          <section aria-labelledby="annonce">
            <h2 id="annonce">{t('report.section.ad')}</h2>
            <dl className="facts">
              <Fact term={t('report.facts.platform')}>
                {platformLabel(report.platform)}
                {report.platformName && ` — ${report.platformName}`}
              </Fact>
              <Fact term={t('report.facts.url')}>
                {report.url && (
                  <CopyText value={report.url} buttonLabel={t('report.copyUrl')} copiedMessage={t('report.urlCopied')} />
                )}
              </Fact>
              <Fact term={t('report.facts.place')}>{place(report.location)}</Fact>
              <Fact term={t('report.facts.contacts')}>
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
              <Fact term={t('report.facts.concern')}>
                {report.reporterConcern && concernLabel(report.reporterConcern)}
              </Fact>
              <Fact term={t('report.facts.source')}>{report.source}</Fact>
              <Fact term={t('report.facts.submittedBy')}>{report.submittedBy}</Fact>
              <Fact term={t('report.facts.note')}>{report.note && <span className="note-text">{report.note}</span>}</Fact>
            </dl>
          </section>

          <section aria-labelledby="vu-aussi">
            <h2 id="vu-aussi">{t('report.section.sightings')}</h2>
            {report.sightings.length === 0 ? (
              <p className="empty">{t('report.noSighting')}</p>
            ) : (
              <ul>
                {report.sightings.map((sighting, index) => (
                  <li key={`${sighting.seenAt}-${index}`}>
                    <time dateTime={sighting.seenAt}>{formatInstant(sighting.seenAt)}</time>
                    {sighting.source && <> — {sighting.source}</>} (
                    {sighting.matchedOn === 'URL' ? t('report.sameUrl') : t('report.sameText')})
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="lies">
            <h2 id="lies">{t('report.section.linked')}</h2>
            <p>
              <Link to={`/reseau?signalement=${report.id}`}>{t('report.network')}</Link>
            </p>
            {report.linkedReports.length === 0 ? (
              <p className="empty">{t('report.noLinked')}</p>
            ) : (
              <ul className="linked-reports">
                {report.linkedReports.map((linked) => (
                  <li key={linked.id}>
                    <Link to={`/signalements/${linked.id}`}>
                      <PriorityBadge priority={linked.priority} />{' '}
                      <span className="visually-hidden">{t('report.lookup.report')}</span>
                      {t('report.lookup.number', { id: linked.id.slice(0, 8) })}
                    </Link>{' '}
                    — {statusLabel(linked.status)} — {t('report.sharedContacts', { contacts: linked.sharedContacts.join(', ') })}
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
            <h2 id="historique">{t('report.section.history')}</h2>
            <HistoryList history={report.history} />
          </section>

          <section aria-labelledby="note">
            <h2 id="note">{t('report.section.note')}</h2>
            <NoteForm reportId={report.id} onAdded={() => void reload()} />
          </section>

          <section aria-labelledby="fiche">
            <h2 id="fiche">{t('report.section.packet')}</h2>
            <p>
              {t('report.packet.intro')}
            </p>
            <p>
              <a href={reportApi.referralPacketPdfUrl(report.id)} download>
                {t('report.packet.pdf')}
              </a>
            </p>
            <p>
              <a href={reportApi.referralPacketUrl(report.id)} download>
                {t('report.packet.text')}
              </a>{' '}
              {t('report.packet.textNote')}
            </p>
          </section>
        </div>
      </div>
    </main>
  );
}
