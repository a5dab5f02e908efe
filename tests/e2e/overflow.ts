import type { Page } from 'playwright-core';

/**
 * Text and controls that spill: past their own box, off the screen, or past the edge of the
 * panel or sheet they sit in (a long Spanish name pushing the side buttons out). Hidden parts
 * (a folded panel, a closed dialog, a lowered sheet's body, an embedded page's title kept in a
 * 1-pixel box for screen readers) are skipped.
 */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, select, label, h1, h2, h3, [role="tab"], [role="slider"], .hint, .muscle-name, .selection-name',
    )) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || el.closest('[hidden], dialog:not([open])')) continue;
      const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${name} overflows its box`);
      if (box.left < -1 || box.right > width + 1) out.push(`${name} leaves the screen`);
      const panel = el.closest('.panel-body, .sheet')?.getBoundingClientRect();
      if (panel && (box.left < panel.left - 1 || box.right > panel.right + 1)) out.push(`${name} leaves its panel`);
    }
    return out;
  });
}
