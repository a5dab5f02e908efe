import type { MuscleSide } from '../../state';

/** "upper-trapezius-left.png" for a selected muscle; the whole head otherwise. */
export function imageFileName(selected: MuscleSide | null): string {
  return selected ? `${selected.muscleId}-${selected.side}.png` : 'head-and-neck.png';
}

/** A PNG data URL as a Blob: a long data URL in a link's href is refused by some browsers. */
export function pngBlob(dataUrl: string): Blob {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}

/** Hands the picture to the browser as a download. */
export function downloadPng(dataUrl: string, fileName: string): void {
  const url = URL.createObjectURL(pngBlob(dataUrl));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL a little after the click; it is freed once they surely have.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
