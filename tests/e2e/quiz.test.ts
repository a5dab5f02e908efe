import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  getExaminedGroup,
  getMuscle,
  getPainRegion,
  resolveAnchor,
  surfaceFramePoint,
  type Vec3,
} from '../../src/mapping';
import {
  gradeNameTheMuscle,
  gradePaintTheZone,
  gradeWhichMuscles,
  PAINT_REACH_M,
  startSession,
  summarise,
  type Grade,
  type PaintTheZoneQuestion,
  type Question,
} from '../../src/quiz';
import { bestViewFor } from '../../src/state';
import { openViewer, settle } from './browser';
import { useBuiltApp, usePages } from './session';
import { serveLightModel, serveTinyModel } from './test-models';

const shots = join(fileURLToPath(new URL('.', import.meta.url)), 'screenshots-tmp');
const SEED = 777;

const app = useBuiltApp();
const openChecked = usePages(app);

/** A muscle, or a group a which-muscles question offers as one option (the suboccipitals). */
const muscleName = (id: string) => (getMuscle(id) ?? getExaminedGroup(id))!.name;
const percent = (g: Grade) => `${Math.round(g.score * 100)}%`;
const viewButton: Record<string, string> = { front: 'Front', left: 'Left', right: 'Right', back: 'Back', top: 'Top' };

/**
 * Brush radius (mm) for painting the answer, and how far apart the pointer moves land (m): 30 mm
 * apart, dabs 50 mm across still overlap, and each move is a frame (under SwiftShader, a slow one).
 */
const BRUSH_MM = 25;
const STEP_M = 0.03;

/**
 * Model-space points along the essential zone's strokes, close enough for the brush to leave no
 * gaps and no closer: every pointer move redraws the canvas, slow under SwiftShader.
 */
function essentialPaths(q: PaintTheZoneQuestion): Vec3[][] {
  const muscle = getMuscle(q.muscleId)!;
  return muscle.triggerPoints.flatMap((trp) =>
    trp.zones
      .filter((z) => z.level === 'essential')
      .flatMap((z) =>
        z.strokes.map((s) => {
          const at = s.path.map((a) => surfaceFramePoint(resolveAnchor(a, q.side)));
          const out: Vec3[] = [at[0]!];
          for (let i = 1; i < at.length; i++) {
            const a = at[i - 1]!;
            const b = at[i]!;
            const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / STEP_M));
            for (let k = 1; k <= n; k++)
              out.push(
                surfaceFramePoint([
                  a[0] + ((b[0] - a[0]) * k) / n,
                  a[1] + ((b[1] - a[1]) * k) / n,
                  a[2] + ((b[2] - a[2]) * k) / n,
                ]),
              );
          }
          return out;
        }),
      ),
  );
}

/** Paints over the true zone as a student who knows it would, from the view that faces it. */
async function paintZone(page: Page, q: PaintTheZoneQuestion): Promise<readonly Vec3[]> {
  await page.getByRole('button', { name: viewButton[bestViewFor(q.muscleId, q.side)]!, exact: true }).click();
  await settle(page);
  await page.getByRole('slider').fill(String(BRUSH_MM));
  const canvas = (await page.locator('canvas').boundingBox())!;
  for (const path of essentialPaths(q)) {
    const screen = await page.evaluate((pts) => pts.map((p) => window.__viewerTest!.projectPoint(p)), path);
    await page.mouse.move(canvas.x + screen[0]!.x, canvas.y + screen[0]!.y);
    await page.mouse.down();
    for (const p of screen.slice(1)) await page.mouse.move(canvas.x + p.x, canvas.y + p.y);
    await page.mouse.up();
  }
  // The painted area follows the strokes in the store; wait until the last pointer moves are in.
  let last = -1;
  await expect
    .poll(
      async () => {
        const n = await page.evaluate(() => window.__viewerTest!.paintedArea().length);
        const stable = n > 0 && n === last;
        last = n;
        return stable;
      },
      { interval: 300, timeout: 30_000 },
    )
    .toBe(true);
  return page.evaluate(() => window.__viewerTest!.paintedArea());
}

/** Answers one question, alternating right and deliberately partial answers; returns the grade it should get. */
async function answer(page: Page, q: Question, index: number): Promise<Grade> {
  const feedback = page.locator('.quiz-feedback');
  if (q.kind === 'name-the-muscle') {
    const choice = index === 0 ? q.muscleId : q.options.find((id) => id !== q.muscleId)!;
    await page
      .getByRole('group', { name: 'Muscles to choose from' })
      .getByRole('button', { name: muscleName(choice), exact: true })
      .click();
    const grade = gradeNameTheMuscle(q, choice);
    await expect
      .poll(() => feedback.textContent())
      .toBe(`${grade.score === 1 ? 'Correct' : 'Not this one'}: it is the ${muscleName(q.muscleId)}.`);
    return grade;
  }
  if (q.kind === 'paint-the-zone') {
    const painted = await paintZone(page, q);
    const grade = gradePaintTheZone(q, painted, PAINT_REACH_M);
    // Painting along the zone's own strokes must mostly land in it.
    expect(grade.score).toBeGreaterThan(0.3);
    await page.getByRole('button', { name: 'Check my drawing' }).click();
    await expect
      .poll(() => feedback.locator('p').first().textContent())
      .toBe(`Your drawing overlaps ${percent(grade).replace('%', '')}% with the essential zone.`);
    return grade;
  }
  const extra = q.options.find((id) => !q.answer.includes(id))!;
  const ticked = index === 2 ? [...q.answer] : [q.answer[0]!, extra];
  for (const id of ticked) await page.getByRole('checkbox', { name: muscleName(id), exact: true }).check();
  await page.getByRole('button', { name: 'Check my answer' }).click();
  const grade = gradeWhichMuscles(q, ticked);
  const right = ticked.filter((id) => q.answer.includes(id)).length;
  await expect
    .poll(() => feedback.textContent())
    .toBe(`${right} of ${q.answer.length} expected muscles, ${ticked.length - right} extra.`);
  // The muscles the student missed are named as such.
  for (const id of q.answer.filter((a) => !ticked.includes(a)))
    expect(
      await page
        .locator('.quiz-tick.missed')
        .filter({ hasText: muscleName(id) })
        .count(),
    ).toBe(1);
  return grade;
}

describe('a quiz in a real browser', () => {
  it("asks the seed's questions, grades each as src/quiz does and sums them", async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 720 } });
    // Each painting question turns to its best view: at once, rather than a glide of a dozen
    // frames under SwiftShader.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // The answer is painted on the skin, which the light model keeps whole, and graded from the
    // painted area: the light model, at about half the cost of each of the strokes' frames.
    await serveLightModel(page);
    await openViewer(page, `${app.url}/?quiz=${SEED}`);
    const questions = startSession(SEED).questions;
    await expect.poll(() => page.getByText(`Quiz number ${SEED}`).count()).toBe(1);
    const grades: Grade[] = [];
    for (const [i, q] of questions.entries()) {
      await expect
        .poll(() => page.locator('.quiz .meta').first().textContent())
        .toBe(`Question ${i + 1} of ${questions.length}`);
      // Nothing on screen or in the address bar names the muscle being asked about.
      expect(await page.locator('.info-panel, .hover-label').count()).toBe(0);
      expect(new URL(page.url()).search).toBe(`?quiz=${SEED}`);
      if (q.kind === 'which-muscles')
        expect(await page.locator('.quiz-prompt').textContent()).toContain(getPainRegion(q.regionId)!.name);
      if (i === 0) {
        await settle(page);
        await page.screenshot({ path: join(shots, 'quiz-question.png') });
      }
      grades.push(await answer(page, q, i));
      expect(await page.locator('.question-score').textContent()).toBe(
        `Score for this question: ${percent(grades[i]!)}`,
      );
      if (q.kind === 'paint-the-zone' && i === 1) {
        await settle(page);
        await page.screenshot({ path: join(shots, 'quiz-paint-checked.png') });
      }
      await page.getByRole('button', { name: i === questions.length - 1 ? 'See the score' : 'Next question' }).click();
    }
    const expected = summarise(grades);
    const total = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(expected.total);
    await expect
      .poll(() => page.locator('.quiz-total').textContent())
      .toBe(`${total} out of ${questions.length} (${expected.percent}%)`);
    expect(await page.locator('.quiz-summary tbody tr td:last-child').allTextContents()).toEqual(grades.map(percent));
    await page.screenshot({ path: join(shots, 'quiz-summary.png') });

    await page.getByRole('button', { name: 'New quiz' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('quiz')).not.toBe(String(SEED));
    await expect
      .poll(() => page.locator('.quiz .meta').first().textContent())
      .toBe(`Question 1 of ${questions.length}`);
    await page.getByRole('button', { name: 'Leave the quiz' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => page.getByRole('tab', { name: 'Muscles' }).count()).toBe(1);
  }, 420_000);

  it('a malformed quiz number gives a notice; the header button starts a quiz, also on a phone', async () => {
    const { page } = await openChecked({ viewport: { width: 390, height: 760 } });
    // The notice and the quiz's controls, not the anatomy: the tiny model.
    await serveTinyModel(page);
    await openViewer(page, `${app.url}/?quiz=12abc`);
    await expect
      .poll(() => page.locator('.notices p').first().textContent())
      .toContain('The quiz number "12abc" in the link was not understood');
    expect(await page.locator('.quiz').count()).toBe(0);
    await page.getByRole('button', { name: 'Quiz', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('quiz') ?? '').toMatch(/^\d{1,6}$/);
    await expect.poll(() => page.locator('.quiz .meta').first().textContent()).toBe('Question 1 of 6');
    await settle(page);
    await page.screenshot({ path: join(shots, 'quiz-phone.png') });
    // Every control stays large enough for a finger.
    const sizes = await page
      .locator('.quiz button:visible')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  });
});
