/**
 * The sprite as the browser reads it: only its format and types, so the app's first view carries none of
 * the code that builds it (logoSprite.ts, at build time).
 */
import type { LogoSprite } from './logoSprite.ts';

export const LOGO_SPRITE_FORMAT = 1;

/** A downloaded sprite, checked enough that a stale or foreign file draws nothing rather than breaking. */
export function readLogoSprite(value: unknown): LogoSprite | null {
  if (typeof value !== 'object' || value === null) return null;
  const sprite = value as Partial<LogoSprite>;
  if (sprite.format !== LOGO_SPRITE_FORMAT || typeof sprite.icons !== 'object' || sprite.icons === null)
    return null;
  return sprite as LogoSprite;
}
