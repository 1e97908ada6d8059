/** Whether two per-node masks (filters, day, highlight) hold the same values: a view derives fresh ones. */
export function sameMask(
  a: ArrayLike<unknown> | null | undefined,
  b: ArrayLike<unknown> | null | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
