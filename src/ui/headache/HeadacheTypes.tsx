import { useRef } from 'react';
import { headacheTypeText } from '../../i18n/content/clinic-pages';
import { examinedGroupOf, sources } from '../../mapping';
import { useLabels } from '../labels';
import { useModalDialog } from '../useModalDialog';

/** Muscles as they are examined: the members of a group (the suboccipitals) named once, as the group. */
const examined = (ids: readonly string[]): string[] => [...new Set(ids.map((id) => examinedGroupOf(id)?.id ?? id))];

/**
 * The headache types side by side, as a modal dialog one click from the results: how each feels,
 * whether muscles take part (and which to examine), and whom to see, in the current voice. The
 * clinician voice adds the sources. The focus returns to the button that opened it.
 */
export function HeadacheTypes({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const { t, voice, mainName } = useLabels();
  const close = useRef<HTMLButtonElement>(null);
  const { dialog: ref } = useModalDialog(open, close);
  const types = headacheTypeText(t, voice);
  return (
    <dialog ref={ref} className="disclaimer headache-types" aria-labelledby="headache-types-title" onClose={onClose}>
      <h2 id="headache-types-title">{t('ui:headache.title')}</h2>
      <div className="disclaimer-text" tabIndex={0}>
        <p>{t('ui:headache.intro')}</p>
        {types.map((h) => (
          <section key={h.id} aria-labelledby={`headache-${h.id}`}>
            <h3 id={`headache-${h.id}`}>{h.name}</h3>
            <dl>
              <dt>{t('ui:headache.feels')}</dt>
              <dd>{h.feels}</dd>
              <dt>{t('ui:headache.muscles')}</dt>
              <dd>
                {h.muscles}
                {h.involves.length > 0 && (
                  <>
                    {' '}
                    {t('ui:headache.involves')}: {examined(h.involves).map(mainName).join(', ')}.
                  </>
                )}
              </dd>
              <dt>{t('ui:headache.whom')}</dt>
              <dd>{h.whom}</dd>
            </dl>
            {voice === 'clinician' && (
              <p className="sources">
                {h.sources.map((id) => (
                  <span key={id} className="source-id" title={sources.find((s) => s.id === id)?.citation}>
                    [{id}]{' '}
                  </span>
                ))}
              </p>
            )}
          </section>
        ))}
      </div>
      <button ref={close} type="button" onClick={() => ref.current?.close()}>
        {t('ui:headache.close')}
      </button>
    </dialog>
  );
}
