/**
 * Screens where the head takes the top and the tools and the muscle's story share one bottom
 * sheet: phones, and tablets held upright (768 wide). Wider screens keep the side panels. The
 * panels (src/ui/Workspace.tsx) and the camera's framing (src/scene/CameraRig.tsx) both follow it;
 * src/styles/app.css repeats it, as CSS cannot import it.
 */
export const compactScreenQuery = '(max-width: 820px), (max-height: 500px)';

/**
 * A phone on its side, within the compact screens: too low for a sheet under the head, so the
 * sheet stands open beside it instead.
 */
export const sideSheetQuery = '(max-height: 500px) and (orientation: landscape)';
