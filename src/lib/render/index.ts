export { renderMapSvg, FONT_FAMILY, type RenderMapOptions, type StaticView } from './renderMapSvg.ts';
export { estimateTextWidth, type MeasureText } from './estimateTextWidth.ts';
export { escapeXml } from './escapeXml.ts';
