/**
 * jsdom has <dialog> but not its showModal/close; the disclaimer uses both. Enough of them to
 * open and close it: the attribute the accessibility tree reads, and the `close` event.
 */
export function polyfillDialog(): void {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    // As a browser does: what follows a closed dialog (the focus, say) listens for this event.
    this.dispatchEvent(new Event('close'));
  };
}
