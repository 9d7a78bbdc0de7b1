import { fr } from '../../../lib/i18n/fr';
import { useTranslation } from '../../../lib/i18n';

/** The terms, in the order of the catalogue (protection channels first, then the workbench's words). */
const TERMS = Object.keys(fr.glossary.terms);

/** « Glossaire »: the acronyms and words of child protection the workbench uses, one line each. */
export function GlossaryPage() {
  const { t } = useTranslation();
  return (
    <main id="contenu" className="page glossary">
      <h1>{t('glossary.title')}</h1>
      <p>{t('glossary.intro')}</p>
      <dl>
        {TERMS.map((term) => (
          <div key={term} className="glossary-entry">
            <dt>{t(`glossary.terms.${term}.term`)}</dt>
            <dd>{t(`glossary.terms.${term}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
