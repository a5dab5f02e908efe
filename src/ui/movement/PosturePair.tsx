import { useState } from 'react';
import { postureIds, postures, type PostureId } from '../../movement';
import { captureView } from '../../state/snapshot';
import { useLabels } from '../labels';

/**
 * Pictures for the panel, in the shape of a head and neck in profile; drawn at twice the size for
 * a sharp picture on any screen, a little closer than the view buttons frame head and shoulders.
 */
const PICTURE = { view: 'left', width: 320, height: 400, pixelRatio: 2, zoom: 1.6 } as const;

interface Picture {
  readonly posture: PostureId;
  readonly src: string;
}

/** Both postures drawn in profile from the model on screen; none while there is no 3D view. */
function takePictures(): Picture[] {
  return postureIds.flatMap((posture) => {
    const src = captureView({ ...PICTURE, pose: postures[posture] });
    return src ? [{ posture, src }] : [];
  });
}

interface Props {
  readonly name: (posture: PostureId) => string;
  /** The posture's craniovertebral angle, formatted in the reader's language. */
  readonly angle: (posture: PostureId) => string;
}

/**
 * Neutral and forward head posture side by side, as two pictures of the head seen from the left,
 * each drawn in its posture with the muscles coloured as the view colours them (`captureView`
 * with a pose, as the handout pictures a stretch: the live head is never left posed). They are
 * stills, taken when asked for; the head on the stage goes on showing the posture chosen above.
 */
export function PosturePair({ name, angle }: Props) {
  const { t, voice } = useLabels();
  const [pictures, setPictures] = useState<readonly Picture[] | null>(null);
  return (
    <>
      <button
        type="button"
        className="small posture-pair-button"
        aria-pressed={pictures !== null}
        onClick={() => setPictures(pictures ? null : takePictures())}
      >
        {t(`ui:posture.sideBySide.${voice}`)}
      </button>
      {pictures && pictures.length > 0 && (
        <div className="posture-pair">
          {pictures.map((p) => (
            <figure key={p.posture}>
              <img
                src={p.src}
                alt={t('ui:posture.pictureAlt', { posture: name(p.posture), angle: angle(p.posture) })}
              />
              <figcaption>
                {t('ui:posture.pictureCaption', { posture: name(p.posture), angle: angle(p.posture) })}
              </figcaption>
            </figure>
          ))}
        </div>
      )}
    </>
  );
}
