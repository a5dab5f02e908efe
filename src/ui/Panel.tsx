import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly title: string;
  readonly className: string;
  readonly defaultOpen: boolean;
  readonly children: ReactNode;
}

/** A side panel that folds away, so the head stays visible on a phone. */
export function Panel({ title, className, defaultOpen, children }: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const { t, i18n } = useTranslation('ui');
  return (
    <div className={`panel ${className} ${open ? 'open' : 'folded'}`}>
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? t('panel.hide', { title: title.toLocaleLowerCase(i18n.language) }) : title}
      </button>
      <div id={id} className="panel-body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
