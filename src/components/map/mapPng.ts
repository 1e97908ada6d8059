/**
 * The map as a PNG: the frame the user sees, redrawn at twice the pixels on the theme's background,
 * with a credit line along the bottom (the article's, wherever the picture travels).
 */
import { drawMap, type MapFrame } from './drawMap.ts';

const SCALE = 2;
const FOOTER = 28;

export function mapPng(frame: MapFrame, credit: string): Promise<Blob | null> {
  const { width, height, palette } = frame;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round((height + FOOTER) * SCALE);
  const context = canvas.getContext('2d');
  if (!context) return Promise.resolve(null);
  context.fillStyle = palette.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  drawMap(context, { ...frame, dpr: SCALE, hovered: -1, focused: -1, showFocus: false, clear: false });
  context.setTransform(SCALE, 0, 0, SCALE, 0, 0);
  context.fillStyle = palette.textMuted;
  context.font = '12px system-ui, sans-serif';
  context.textBaseline = 'middle';
  context.fillText(credit, 10, height + FOOTER / 2);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
