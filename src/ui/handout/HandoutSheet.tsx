import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewName } from '../../display';
import type { MuscleSide } from '../../state';
import { handoutContent } from './handout-content';
import { HandoutStretch } from './HandoutStretch';
import { NOTE_MAX_CHARS, readNote, writeNote } from './note-storage';
import type { StretchPictures } from './stretch-pictures';
import './handout.css';

export interface HandoutPicture {
  readonly view: ViewName;
  /** PNG data URL of the 3D view. */
  readonly src: string;
}

interface Props {
  readonly selected: MuscleSide;
  readonly pictures: readonly HandoutPicture[];
  /** The stretch's start and end; null when the model could not picture them. */
  readonly stretchPictures?: StretchPictures | null;
  /** The model had no joints, so the stretch page says why it has no pictures. */
  readonly noJoints?: boolean;
  readonly onClose: () => void;
}

/**
 * The handout as it will print: a page for one muscle, ending with the disclaimer, a page for its
 * stretch (`HandoutStretch`), and a last page of the red flags, every one of them at a size a
 * patient reads. On screen it covers the viewer with a print button and the therapist's note as a
 * text box; in print only the page is left (see handout.css) and the note is printed as text.
 */
export function HandoutSheet({ selected, pictures, stretchPictures = null, noJoints = false, onClose }: Props) {
  const { t, i18n } = useTranslation('handout');
  const [note, setNote] = useState(readNote);
  const [kept, setKept] = useState(true);
  const printButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The viewer behind the sheet is out of reach (keyboard, screen reader) until it closes.
    const app = document.getElementById('root');
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    app?.setAttribute('inert', '');
    printButton.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      app?.removeAttribute('inert');
      opener?.focus();
    };
  }, [onClose]);
  const c = handoutContent(t, { ...selected, note, date: new Date(), language: i18n.language });
  if (!c) return null;
  const edit = (text: string) => {
    setNote(text);
    setKept(writeNote(text));
  };
  return (
    <div className="handout-overlay" role="dialog" aria-modal="true" aria-labelledby="handout-title">
      <div className="handout-toolbar">
        <button ref={printButton} type="button" className="primary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <article className="handout-page">
        <header className="handout-head">
          <div>
            <h1 id="handout-title">{c.title}</h1>
            <p className="handout-subtitle">{c.subtitle}</p>
          </div>
          <p className="handout-date">{t('date', { date: c.date })}</p>
        </header>
        {pictures.length > 0 ? (
          <div className="handout-figures">
            {pictures.map((p) => (
              <figure key={p.view}>
                <img src={p.src} alt={`${c.subtitle}: ${t(`views.${p.view}`)}`} />
                <figcaption>{t(`views.${p.view}`)}</figcaption>
              </figure>
            ))}
          </div>
        ) : (
          <p className="hint">{t('noPictures')}</p>
        )}
        <div className="handout-columns">
          <div>
            <h2>{t('where')}</h2>
            <p>{c.referral}</p>
            <h2>{t('keepsGoing')}</h2>
            <ul>
              {c.perpetuatingFactors.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
            {c.checkFirst.length > 0 && (
              <section className="handout-check-first">
                <h2>{t('checkFirst')}</h2>
                <ul>
                  {c.checkFirst.map((s) => (
                    <li key={s.symptom}>
                      <strong>{s.symptom}:</strong> {s.notes.join(' ')}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <section className={c.note ? 'handout-note' : 'handout-note empty'}>
              <h2>{t('note')}</h2>
              <label className="screen-only">
                <span>{t('noteLabel')}</span>
                <textarea value={note} maxLength={NOTE_MAX_CHARS} rows={3} onChange={(e) => edit(e.target.value)} />
              </label>
              {!kept && <p className="screen-only hint">{t('storageOff')}</p>}
              <p className="print-only handout-note-text">{c.note}</p>
            </section>
          </div>
          {c.selfCare && (
            <section className="handout-self-care">
              <h2>{t('selfCare')}</h2>
              <p className="handout-notice">{c.selfCare.notice}</p>
              <h3>{t('movements')}</h3>
              <ul>
                {c.selfCare.movements.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              <h3>{t('habits')}</h3>
              <ul>
                {c.selfCare.habits.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
              {c.selfCare.cautions.length > 0 && (
                <>
                  <h3>{t('cautions')}</h3>
                  <ul className="handout-cautions">
                    {c.selfCare.cautions.map((h) => (
                      <li key={h}>{h}</li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
        </div>
        <footer className="handout-disclaimer">
          <p>{c.disclaimer}</p>
        </footer>
        {c.stretch && (
          <HandoutStretch words={c.stretch} pictures={stretchPictures} noJoints={noJoints} name={c.subtitle} />
        )}
        <section className="handout-red-flags">
          <h2>{t('doctor')}</h2>
          <p>{c.redFlagsIntro}</p>
          <div className="handout-red-flag-groups">
            {c.redFlags.map((g) => (
              <div key={g.urgency} className={`urgency-${g.urgency}`}>
                <h3>{g.heading}</h3>
                <ul>
                  {g.flags.map((f) => (
                    <li key={f.id}>{f.text}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      </article>
    </div>
  );
}
