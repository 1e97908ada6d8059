export { renderMapSvg, FONT_FAMILY, type RenderMapOptions } from './renderMapSvg.ts';
export type { StaticView } from './resolveView.ts';
export { estimateTextWidth, type MeasureText } from './estimateTextWidth.ts';
export { escapeXml } from './escapeXml.ts';
