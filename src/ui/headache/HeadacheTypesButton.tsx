import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '../lazy-part';

// The dialog and its words are fetched the first time it opens.
const HeadacheTypes = lazyPart(() => import('./HeadacheTypes').then((m) => m.HeadacheTypes));

/** "Headache types" beside the results: what else a head pain may be, one click away. */
export function HeadacheTypesButton() {
  const { t } = useTranslation('ui');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('results.headacheTypes')}
      </button>
      {open && (
        <HeadacheTypes
          open
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
