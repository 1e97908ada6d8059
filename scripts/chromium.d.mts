export const CHROMIUM_CANDIDATES: string[];
export function findChromium(): string | undefined;
export const NO_CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
