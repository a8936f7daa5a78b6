/** Labels of the places on the print's map figure (see image.ts, mapFigureSvg). */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Each place's label beside its marker, on the first side (right, left,
 * above, below, then the diagonals, then farther out) where it covers no
 * marker and no label placed before; a thin line joins a label set farther out.
 */
export function placeLabels(
  points: { x: number; y: number; label: string | undefined }[],
  frame: Box,
  ink: string,
  escape: (text: string) => string,
) {
  const size = 20;
  const taken: Box[] = points.map((p) => ({ x: p.x - 12, y: p.y - 12, w: 24, h: 24 }));
  const out: string[] = [];
  for (const p of points) {
    if (!p.label) continue;
    const w = p.label.length * size * 0.62 + 8;
    const h = size + 4;
    let chosen: Box | null = null;
    let far = false;
    for (const distance of [16, 34, 56]) {
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, -1],
        [0, 1],
        [1, -1],
        [-1, -1],
        [1, 1],
        [-1, 1],
      ] as const) {
        const box = {
          x: p.x + dx * distance - (dx < 0 ? w : dx === 0 ? w / 2 : 0),
          y: p.y + dy * distance - (dy < 0 ? h : dy === 0 ? h / 2 : 0),
          w,
          h,
        };
        const inside =
          box.x >= frame.x &&
          box.y >= frame.y &&
          box.x + w <= frame.x + frame.w &&
          box.y + h <= frame.y + frame.h;
        if (inside && !taken.some((t) => overlaps(t, box))) {
          chosen = box;
          far = distance > 16;
          break;
        }
      }
      if (chosen) break;
    }
    chosen ??= { x: p.x + 16, y: p.y - h / 2, w, h };
    taken.push(chosen);
    const cx = chosen.x + w / 2;
    const cy = chosen.y + h / 2;
    if (far)
      out.push(
        `<line x1="${p.x}" y1="${p.y}" x2="${cx}" y2="${cy}" stroke="${ink}" stroke-width="1.2"/>`,
      );
    out.push(
      `<text x="${cx}" y="${cy + size * 0.36}" font-family="'Noto Sans', sans-serif" font-size="${size}" font-weight="700" fill="${ink}" stroke="#fff" stroke-width="4" paint-order="stroke" text-anchor="middle">${escape(p.label)}</text>`,
    );
  }
  return out;
}
