import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { RulesInForce, RulesPreview, RulesPublication } from '../../../lib/api/types';
import { rulesApi } from '../api/rulesApi';
import { Field } from '../../../components/Field';
import { BandsTable } from './BandsTable';
import { ContextsTable } from './ContextsTable';
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
import { useTranslation } from '../../../lib/i18n';

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
  const { t } = useTranslation();
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
      return t('rules.editor.notSent', { reason: draft.message });
    }
    if (versionError) {
      versionRef.current?.focus();
      return t('rules.editor.notSent', { reason: versionError });
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
      setActionError(t('rules.editor.previewFirst'));
      return;
    }
    if (comment.trim() === '') {
      setCommentError(t('rules.editor.commentMissing'));
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
        <h2 id="rules-signals-title">{t('rules.editor.signals')}</h2>
        <p className="intro">
          {t('rules.editor.signalsIntro')}
        </p>
        {!draft.ok && (
          <p className="warning">
            {t('rules.editor.unreadable')}
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
        <h2 id="rules-phrases-title">{t('rules.editor.phrases')}</h2>
        <p className="intro">
          {t('rules.editor.phrasesIntro')}
        </p>
        <PhrasesEditor
          definition={shown}
          editable={draft.ok}
          onAdd={(index, phrase) => draft.ok && edit(withPhraseAdded(draft.definition, index, phrase))}
          onRemove={(index, phrase) => draft.ok && edit(withPhraseRemoved(draft.definition, index, phrase))}
        />
      </section>

      <section aria-labelledby="rules-bands-title">
        <h2 id="rules-bands-title">{t('rules.editor.bands')}</h2>
        <p className="intro">
          {t('rules.editor.bandsIntro')}
        </p>
        <BandsTable bands={bands} />
      </section>

      <section aria-labelledby="rules-contexts-title">
        <h2 id="rules-contexts-title">{t('rules.editor.contexts')}</h2>
        <p className="intro">
          {t('rules.editor.contextsIntro')}
        </p>
        <ContextsTable contexts={shown.contexts ?? {}} />
      </section>

      <section aria-labelledby="rules-edit-title" className="rules-edit">
        <h2 id="rules-edit-title">{t('rules.editor.edit')}</h2>
        <Field
          id="rules-version"
          label={t('rules.editor.version')}
          required
          help={t('rules.editor.versionHelp')}
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
          label={t('rules.editor.json')}
          help={t('rules.editor.jsonHelp')}
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
            {previewing ? t('rules.editor.previewing') : t('rules.editor.preview')}
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
            {t('rules.editor.reset')}
          </button>
        </div>
        <ErrorMessage message={actionError} />
        <p role="status" className="confirmation-status rules-preview-summary">
          {previewed ? (
            <>
              <strong>{previewSummary(previewed.result)}</strong> {t('rules.editor.previewVersion', { version: previewed.result.version })}
            </>
          ) : null}
        </p>
        {previewed && <PreviewResult preview={previewed.result} stale={!previewCurrent} />}

        <form className="rules-publish" onSubmit={(event) => void publish(event)} noValidate>
          <h3>{t('rules.editor.publishTitle')}</h3>
          <p id="rules-publish-help" className="field-help">
            {t('rules.editor.publishHelp')}{' '}
            {previewCurrent ? null : t('rules.editor.publishAfterPreview')}
          </p>
          <Field id="rules-comment" label={t('rules.editor.comment')} required error={commentError ?? undefined}>
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
            {publishing ? t('rules.editor.publishing') : t('rules.editor.publish')}
          </button>
        </form>
      </section>
    </>
  );
}
