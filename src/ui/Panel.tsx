import { useId, useState, type ReactNode } from 'react';

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
  return (
    <div className={`panel ${className} ${open ? 'open' : 'folded'}`}>
      <button type="button" className="panel-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? `Hide ${title.toLowerCase()}` : title}
      </button>
      <div id={id} className="panel-body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
