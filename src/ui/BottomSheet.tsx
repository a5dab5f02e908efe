import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { detentHeight, detents, nearestDetent, stepDetent, tapDetent, type Detent } from './sheet-detents';
import './sheet.css';

interface Props {
  /** Shown under the handle, also when lowered: the selected muscle's bar; `uncover` brings a full sheet to half. */
  readonly bar: (uncover: () => void) => ReactNode;
  readonly children: ReactNode;
  /** A phone on its side: the sheet stands open beside the head, with no handle. */
  readonly docked?: boolean;
}

/** A drag shorter than this is a tap. */
const TAP = 6;

/**
 * The phone's and upright tablet's one panel: a sheet under the head with a handle that rests at
 * three heights (lowered, half, full). The handle is a slider: dragged by finger or mouse, the
 * arrow keys, Home and End step it, and a tap or Enter raises or lowers it. Lowered and at half
 * the head is framed in the room above it; at full the sheet lies over the head instead, so
 * reading does not make the 3D view redraw.
 */
export function BottomSheet({ bar, children, docked = false }: Props) {
  const { t } = useTranslation('ui');
  const [detent, setDetent] = useState<Detent>('peek');
  const [dragged, setDragged] = useState<number | null>(null);
  const [sizes, setSizes] = useState({ peek: 56, stage: 600 });
  const slot = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  const bodyId = useId();

  // The lowered height is whatever the handle and the bar take (the patient voice reads larger).
  useLayoutEffect(() => {
    const stage = slot.current?.parentElement;
    if (!stage || !head.current) return;
    const measure = () => setSizes({ peek: head.current?.offsetHeight ?? 56, stage: stage.clientHeight });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(measure);
    watch.observe(stage);
    watch.observe(head.current);
    return () => watch.disconnect();
  }, []);

  const height = dragged ?? detentHeight(detent, sizes);
  const resting = detentHeight(detent === 'full' ? 'half' : detent, sizes);
  const uncover = () => setDetent((d) => (d === 'full' ? 'half' : d));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { y: e.clientY, height, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const by = d.y - e.clientY;
    if (!d.moved && Math.abs(by) < TAP) return;
    d.moved = true;
    setDragged(Math.min(detentHeight('full', sizes), Math.max(sizes.peek, d.height + by)));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    setDragged(null);
    setDetent(d.moved ? nearestDetent(d.height + d.y - e.clientY, sizes) : tapDetent(detent));
  };
  const onPointerCancel = () => {
    drag.current = null;
    setDragged(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next: Detent | undefined = {
      ArrowUp: stepDetent(detent, 1),
      ArrowRight: stepDetent(detent, 1),
      PageUp: stepDetent(detent, 1),
      ArrowDown: stepDetent(detent, -1),
      ArrowLeft: stepDetent(detent, -1),
      PageDown: stepDetent(detent, -1),
      Home: 'peek' as const,
      End: 'full' as const,
      Enter: tapDetent(detent),
      ' ': tapDetent(detent),
    }[e.key];
    if (!next) return;
    e.preventDefault();
    setDetent(next);
  };

  if (docked)
    return (
      <div ref={slot} className="sheet-slot docked">
        <section className="sheet docked" aria-label={t('sheet.label')}>
          <div ref={head} className="sheet-head">
            {bar(uncover)}
          </div>
          <div className="sheet-body">{children}</div>
        </section>
      </div>
    );
  return (
    <div ref={slot} className="sheet-slot" style={{ height: resting }}>
      <section
        className={`sheet ${dragged === null ? detent : 'dragging'}`}
        style={{ height }}
        aria-label={t('sheet.label')}
      >
        <div ref={head} className="sheet-head">
          <div
            role="slider"
            tabIndex={0}
            className="sheet-handle"
            aria-label={t('sheet.handle')}
            aria-orientation="vertical"
            aria-valuemin={0}
            aria-valuemax={detents.length - 1}
            aria-valuenow={detents.indexOf(detent)}
            aria-valuetext={t(`sheet.${detent}`)}
            aria-controls={bodyId}
            title={t('sheet.hint')}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerCancel}
            onKeyDown={onKeyDown}
          >
            <span className="grip" aria-hidden="true" />
            <span className="sheet-title" aria-hidden="true">
              {t('sheet.label')}
            </span>
          </div>
          {bar(uncover)}
        </div>
        <div id={bodyId} className="sheet-body" hidden={detent === 'peek' && dragged === null}>
          {children}
        </div>
      </section>
    </div>
  );
}
