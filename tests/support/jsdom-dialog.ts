/**
 * jsdom has <dialog> but not its showModal/close; the disclaimer uses both. Enough of them to
 * open and close it: the attribute the accessibility tree reads.
 */
export function polyfillDialog(): void {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
