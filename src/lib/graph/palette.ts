/**
 * Colours and shapes. Maturity is carried by colour AND shape, and
 * article-vs-extension by a solid or dashed ring, so colour is never the only
 * carrier of meaning. Colours come from a d3 ordinal scale per theme; each was
 * checked for 3:1 contrast against its theme's background (WCAG 1.4.11).
 */
import { scaleOrdinal } from 'd3-scale';
import { MATURITIES, type Maturity } from '../catalog/types.ts';

export type Theme = 'light' | 'dark';
export type Shape = 'circle' | 'diamond' | 'triangle' | 'square' | 'cross';

export const MATURITY_SHAPE: Record<Maturity, Shape> = {
  graduated: 'circle',
  incubating: 'diamond',
  sandbox: 'triangle',
  none: 'square',
  archived: 'cross',
};

export const MATURITY_LABEL: Record<Maturity, string> = {
  graduated: 'CNCF graduated',
  incubating: 'CNCF incubating',
  sandbox: 'CNCF sandbox',
  archived: 'CNCF archived',
  none: 'Outside the CNCF',
};

export interface Palette {
  background: string;
  text: string;
  textMuted: string;
  halo: string;
  link: string;
  linkStrong: string;
  article: string;
  problem: string;
  problemExtension: string;
  named: string;
  focus: string;
  maturity: (m: Maturity) => string;
}

const MATURITY_COLOURS: Record<Theme, string[]> = {
  // graduated, incubating, sandbox, archived, none (order of MATURITIES)
  light: ['#0f766e', '#1d4ed8', '#7e22ce', '#78716c', '#b45309'],
  dark: ['#2dd4bf', '#60a5fa', '#c084fc', '#a8a29e', '#fbbf24'],
};

export function palette(theme: Theme): Palette {
  const maturity = scaleOrdinal<Maturity, string>().domain(MATURITIES).range(MATURITY_COLOURS[theme]);
  return theme === 'light'
    ? {
        background: '#f8fafc',
        text: '#0f172a',
        textMuted: '#475569',
        halo: 'rgba(248, 250, 252, 0.88)',
        link: 'rgba(71, 85, 105, 0.22)',
        linkStrong: 'rgba(30, 41, 59, 0.75)',
        article: '#1e293b',
        problem: '#1e3a8a',
        problemExtension: '#475569',
        named: '#c2410c',
        focus: '#c2410c',
        maturity,
      }
    : {
        background: '#0b1120',
        text: '#e2e8f0',
        textMuted: '#a3b1c6',
        halo: 'rgba(11, 17, 32, 0.85)',
        link: 'rgba(148, 163, 184, 0.2)',
        linkStrong: 'rgba(226, 232, 240, 0.75)',
        article: '#e2e8f0',
        problem: '#93c5fd',
        problemExtension: '#94a3b8',
        named: '#fb923c',
        focus: '#fdba74',
        maturity,
      };
}
