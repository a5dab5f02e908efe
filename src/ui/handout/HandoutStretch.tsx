import { useTranslation } from 'react-i18next';
import type { HandoutStretch as Words } from './handout-content';
import type { StretchPictures } from './stretch-pictures';

interface Props {
  readonly words: Words;
  readonly pictures: StretchPictures | null;
  /** The model on screen has no joints, so it could not take the stretch's positions. */
  readonly noJoints: boolean;
  /** The muscle and side as the page's subtitle names them, for the pictures' text alternative. */
  readonly name: string;
}

/**
 * The handout's stretch page: the head at the start and in the stretch, the muscle highlighted,
 * then how to do it, how long and when to stop, and the sources. A stretch the model cannot show,
 * or a model without joints, keeps the words and says in one line why there are no pictures.
 */
export function HandoutStretch({ words, pictures, noJoints, name }: Props) {
  const { t } = useTranslation('handout');
  const figure = (at: 'start' | 'end', src: string, view: string) => (
    <figure key={at}>
      <img src={src} alt={t('stretch.pictureAlt', { name, position: t(`stretch.${at}`), view })} />
      <figcaption>{t(`stretch.${at}`)}</figcaption>
    </figure>
  );
  return (
    <section className="handout-stretch" aria-labelledby="handout-stretch-title">
      <h2 id="handout-stretch-title">{t('stretch.title')}</h2>
      {pictures ? (
        <div className="handout-figures handout-stretch-figures">
          {figure('start', pictures.start, t(`views.${pictures.view}`))}
          {figure('end', pictures.end, t(`views.${pictures.view}`))}
        </div>
      ) : (
        <p className="hint">{words.notShown ?? t(noJoints ? 'stretch.noJoints' : 'stretch.noPictures')}</p>
      )}
      <h3>{t('stretch.how')}</h3>
      <p>{words.how}</p>
      {words.uncertain && <p className="hint">{t('stretch.recalled')}</p>}
      <h3>{t('stretch.howLong')}</h3>
      <p>{words.hold}</p>
      <h3>{t('stretch.stop')}</h3>
      <p className="handout-stretch-stop">{words.stop}</p>
      <h3>{t('stretch.sources')}</h3>
      <ul className="handout-sources">
        {words.sources.map((s) => (
          <li key={s.id}>
            [{s.id}] {s.citation}
          </li>
        ))}
      </ul>
    </section>
  );
}
