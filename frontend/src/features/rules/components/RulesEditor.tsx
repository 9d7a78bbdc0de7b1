import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { RulesInForce, RulesPreview, RulesPublication } from '../../../lib/api/types';
import { rulesApi } from '../api/rulesApi';
import { Field } from '../../../components/Field';
import { BandsTable } from './BandsTable';
import { ContextsTable } from './ContextsTable';
import { quoted } from '../describeRules';
import { PreviewResult, previewSummary } from './PreviewResult';
import {
  parseDraft,
  suggestVersion,
  versionProblem,
  withLabel,
  withPhraseAdded,
  withPhraseRemoved,
  withVersion,
  withWeight,
} from '../ruleDraft';
import { PhrasesEditor } from './PhrasesEditor';
import { rulesErrorMessage } from '../rulesErrorMessage';
import { RulesTable } from './RulesTable';
import { ErrorMessage } from '../../../components/ErrorMessage';

interface RulesEditorProps {
  inForce: RulesInForce;
  onPublished: (publication: RulesPublication) => void;
}

interface Previewed {
  result: RulesPreview;
  /** The definition that was previewed, as sent. */
  json: string;
}

/** The draft a coordinator edits (table and JSON), its preview and its publication. */
export function RulesEditor({ inForce, onPublished }: RulesEditorProps) {
  const taken = useMemo(
    () => [inForce.definition.version, ...inForce.history.map((entry) => entry.version)],
    [inForce],
  );
  const [text, setText] = useState(() =>
    withVersion(inForce.definition, suggestVersion(inForce.definition.version, new Date(), taken)),
  );
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const jsonRef = useRef<HTMLTextAreaElement>(null);
  const versionRef = useRef<HTMLInputElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  const draft = useMemo(() => parseDraft(text), [text]);
  const draftJson = draft.ok ? JSON.stringify(draft.definition) : null;
  const versionError = draft.ok ? versionProblem(draft.definition.version, taken) : null;
  const previewCurrent = previewed !== null && previewed.json === draftJson;

  function edit(next: string) {
    setText(next);
    setActionError(null);
  }

  function failed(failure: unknown) {
    setActionError(rulesErrorMessage(failure));
  }

  /** Why the draft cannot be sent, pointing at the field to fix; null when it can. */
  function blocked(): string | null {
    if (!draft.ok) {
      jsonRef.current?.focus();
      return `Rien n’a été envoyé : ${draft.message}`;
    }
    if (versionError) {
      versionRef.current?.focus();
      return `Rien n’a été envoyé : ${versionError}`;
    }
    return null;
  }

  async function preview() {
    const reason = blocked();
    if (reason || !draft.ok || draftJson === null) {
      setActionError(reason);
      return;
    }
    setActionError(null);
    setPreviewing(true);
    try {
      const result = await rulesApi.previewRules(draft.definition);
      setPreviewed({ result, json: draftJson });
    } catch (failure) {
      setPreviewed(null);
      failed(failure);
    } finally {
      setPreviewing(false);
    }
  }

  async function publish(event: FormEvent) {
    event.preventDefault();
    const reason = blocked();
    if (reason || !draft.ok) {
      setActionError(reason);
      return;
    }
    if (!previewCurrent) {
      setActionError('Prévisualisez ce brouillon avant de le publier.');
      return;
    }
    if (comment.trim() === '') {
      setCommentError('Expliquez en quelques mots ce qui change et pourquoi.');
      commentRef.current?.focus();
      return;
    }
    setCommentError(null);
    setActionError(null);
    setPublishing(true);
    try {
      onPublished(await rulesApi.publishRules(draft.definition, comment.trim()));
    } catch (failure) {
      failed(failure);
      setPublishing(false);
    }
  }

  const shown = draft.ok ? draft.definition : inForce.definition;
  const bands = Array.isArray(shown.bands) ? shown.bands : [];

  return (
    <>
      <section aria-labelledby="rules-signals-title">
        <h2 id="rules-signals-title">Signaux</h2>
        <p className="intro">
          Chaque signal déclenché ajoute son poids au score (plafonné à 1000). Les libellés sont
          ceux que lisent les intervenant·es. Modifier un libellé ou un poids ici met à jour le
          brouillon JSON plus bas.
        </p>
        {!draft.ok && (
          <p className="warning">
            Le brouillon JSON ne peut pas être lu : le tableau montre les règles en vigueur et n’est
            pas modifiable tant que le JSON n’est pas corrigé.
          </p>
        )}
        <RulesTable
          definition={shown}
          inForce={inForce.definition}
          editable={draft.ok}
          onWeight={(index, weight) => draft.ok && edit(withWeight(draft.definition, index, weight))}
          onLabel={(index, label) => draft.ok && edit(withLabel(draft.definition, index, label))}
        />
      </section>

      <section aria-labelledby="rules-phrases-title">
        <h2 id="rules-phrases-title">Mots et expressions</h2>
        <p className="intro">
          Un signal à mots se déclenche dès qu’une de ses expressions apparaît dans le texte, lue comme
          les signalements (majuscules, accents et chiffres à la place des lettres ignorés ; par racine
          sauf pour les signaux « mot exact » : {quoted('étudiante')} trouve {quoted('étudiantes')}).{' '}
          {quoted('{num}')} tient la place d’un nombre. Chaque ajout ou retrait met à jour le brouillon JSON plus bas ; prévisualisez ensuite
          pour voir ce qu’il change.
        </p>
        <PhrasesEditor
          definition={shown}
          editable={draft.ok}
          onAdd={(index, phrase) => draft.ok && edit(withPhraseAdded(draft.definition, index, phrase))}
          onRemove={(index, phrase) => draft.ok && edit(withPhraseRemoved(draft.definition, index, phrase))}
        />
      </section>

      <section aria-labelledby="rules-bands-title">
        <h2 id="rules-bands-title">Bandes</h2>
        <p className="intro">
          Lues de haut en bas : la première ligne dont la condition est remplie donne la bande.
        </p>
        <BandsTable bands={bands} />
      </section>

      <section aria-labelledby="rules-contexts-title">
        <h2 id="rules-contexts-title">Contextes d’exclusion</h2>
        <p className="intro">
          Une correspondance est écartée quand une de ces expressions apparaît dans la fenêtre
          indiquée ({quoted('taille 12 ans')}, {quoted('cours pour lycéens')}). Chaque exclusion est aussi une
          façon de cacher une mineure : gardez les fenêtres étroites.
        </p>
        <ContextsTable contexts={shown.contexts ?? {}} />
      </section>

      <section aria-labelledby="rules-edit-title" className="rules-edit">
        <h2 id="rules-edit-title">Modifier les règles</h2>
        <Field
          id="rules-version"
          label="Nouvelle version"
          required
          help="Un nom qui n’a jamais été publié ; la suggestion reprend la version en vigueur, suivie de la date et de l’heure."
          error={versionError ?? undefined}
        >
          {(control) => (
            <input
              {...control}
              ref={versionRef}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={draft.ok && typeof draft.definition.version === 'string' ? draft.definition.version : ''}
              disabled={!draft.ok}
              onChange={(event) => draft.ok && edit(withVersion(draft.definition, event.target.value))}
            />
          )}
        </Field>
        <Field
          id="rules-json"
          label="Définition complète (JSON)"
          help="Format : version, contexts, rules (code, label, weight, when, unless) et bands. Les champs inconnus sont refusés."
          error={draft.ok ? undefined : draft.message}
        >
          {(control) => (
            <textarea
              {...control}
              ref={jsonRef}
              className="rules-json"
              rows={24}
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              value={text}
              onChange={(event) => edit(event.target.value)}
            />
          )}
        </Field>

        <div className="actions">
          <button type="button" onClick={() => void preview()} disabled={previewing}>
            {previewing ? 'Prévisualisation…' : 'Prévisualiser'}
          </button>
          <button
            type="button"
            className="plain-button"
            onClick={() =>
              edit(
                withVersion(
                  inForce.definition,
                  suggestVersion(inForce.definition.version, new Date(), taken),
                ),
              )
            }
          >
            Repartir des règles en vigueur
          </button>
        </div>
        <ErrorMessage message={actionError} />
        <p role="status" className="confirmation-status rules-preview-summary">
          {previewed ? (
            <>
              <strong>{previewSummary(previewed.result)}</strong> (version {previewed.result.version}).
            </>
          ) : null}
        </p>
        {previewed && <PreviewResult preview={previewed.result} stale={!previewCurrent} />}

        <form className="rules-publish" onSubmit={(event) => void publish(event)} noValidate>
          <h3>Publier</h3>
          <p id="rules-publish-help" className="field-help">
            Publier remplace les règles en vigueur et recalcule en arrière-plan la bande de chaque
            signalement ouvert.{' '}
            {previewCurrent ? null : 'Prévisualisez d’abord ce brouillon : le bouton s’active ensuite.'}
          </p>
          <Field id="rules-comment" label="Commentaire de publication" required error={commentError ?? undefined}>
            {(control) => (
              <textarea
                {...control}
                ref={commentRef}
                rows={3}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
              />
            )}
          </Field>
          <button
            type="submit"
            disabled={!previewCurrent || publishing}
            aria-describedby="rules-publish-help"
          >
            {publishing ? 'Publication…' : 'Publier'}
          </button>
        </form>
      </section>
    </>
  );
}
