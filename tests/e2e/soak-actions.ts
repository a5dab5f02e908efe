/**
 * The soak test's user, inside the page: one action a call, found in the DOM by the app's own
 * ids and classes (not by wording, which other languages change) and done with element.click(),
 * so React's own handlers run as for a real click. `r` in [0, 1) picks among the choices.
 */
export type DomAction =
  'muscle' | 'candidate' | 'region' | 'layer' | 'view' | 'undo' | 'clear' | 'brush' | 'erase' | 'fold' | 'mode';

export async function runInPage(batch: readonly (readonly [DomAction, number])[]): Promise<void> {
  // React renders a click's update in a microtask; waiting for just that keeps the batch inside
  // one task, so the canvas draws once per batch rather than between every two clicks.
  const tick = () => new Promise((ok) => queueMicrotask(() => ok(null)));
  const all = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
  const pick = <T>(list: readonly T[], r: number): T | undefined => list[Math.floor(r * list.length)];
  const click = async (el: HTMLElement | undefined) => {
    if (el && !(el as HTMLButtonElement).disabled) el.click();
    await tick();
  };
  /** Opens the tools panel on the tab, as a user must before pressing what is on it. */
  const tab = async (id: 'muscles' | 'pain' | 'layers') => {
    const toggle = document.querySelector<HTMLElement>('.panel.left .panel-toggle');
    if (toggle?.getAttribute('aria-expanded') === 'false') await click(toggle);
    const t = document.getElementById(`tab-${id}`);
    if (t?.getAttribute('aria-selected') !== 'true') await click(t ?? undefined);
  };
  /** The reverse lookup's way of showing pain: 0 point, 1 drawing, 2 named places. */
  const how = async (i: number) => {
    await tab('pain');
    const b = all('.reverse [role=group] button')[i];
    if (b?.getAttribute('aria-pressed') !== 'true') await click(b);
  };
  for (const [action, r] of batch) {
    switch (action) {
      case 'muscle':
        await tab('muscles');
        await click(pick(all('.muscle-list .side-buttons button'), r));
        break;
      case 'candidate':
        await click(pick(all('.results ol button'), r));
        break;
      case 'region':
        await how(2);
        await click(pick(all('.regions button'), r));
        break;
      case 'layer':
        await tab('layers');
        await click(pick(all('.layers input'), r));
        break;
      case 'view':
        await click(pick(all('nav.views button'), r));
        break;
      case 'undo':
      case 'clear':
      case 'erase':
        await how(1);
        await click(pick(all('.brush button'), action === 'undo' ? 0.5 : action === 'clear' ? 0.9 : r * 0.5));
        break;
      case 'brush': {
        await how(1);
        const range = document.querySelector<HTMLInputElement>('.brush input[type=range]');
        if (range) {
          // React listens for the input event and reads the value through the native setter.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(
            range,
            String(4 + Math.floor(r * 37)),
          );
          range.dispatchEvent(new Event('input', { bubbles: true }));
        }
        await tick();
        break;
      }
      case 'fold':
        await click(pick(all('.panel-toggle'), r));
        break;
      case 'mode':
        await how(Math.floor(r * 3));
        break;
    }
  }
}
