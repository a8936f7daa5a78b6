// Writes the app icons in public/icons/ (committed) from the favicon's drawing:
//   node scripts/make-icons.mjs
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
// The favicon's two places and arc on the app's paper colour; the maskable
// icon keeps them inside the 80 % safe zone.
const icon = (size, safe) => {
  const s = safe ? 0.62 : 0.8;
  const o = (1 - s) / 2;
  const g = `<g transform="translate(${o * 32} ${o * 32}) scale(${s})"><circle cx="8" cy="20" r="5" fill="#d9a441"/><circle cx="24" cy="14" r="5" fill="#c7653f"/><path d="M8 20 Q16 4 24 14" fill="none" stroke="#2f5d8a" stroke-width="2"/></g>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}"><rect width="32" height="32" ${safe ? '' : 'rx="6"'} fill="#f7f5f0"/>${g}</svg>`;
  return new Resvg(svg).render().asPng();
};
writeFileSync('public/icons/icon-192.png', icon(192, false));
writeFileSync('public/icons/icon-512.png', icon(512, false));
writeFileSync('public/icons/maskable-512.png', icon(512, true));
writeFileSync('public/icons/apple-touch-icon.png', icon(180, false));
