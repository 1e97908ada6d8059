/**
 * Structural validation against `catalogSpec`: types, required fields, unknown
 * keys, formats and lengths. Every error names the field and what was expected.
 */
import type { FieldSpec, ObjectSpec, Spec } from './catalogSpec.ts';
import { childPath, quoted } from './paths.ts';
import { didYouMean } from './suggest.ts';
import { checkText } from './checkText.ts';
import { LIMITS } from './limits.ts';
import { groupDigits } from './groupDigits.ts';

export interface ShapeIssue {
  path: string;
  message: string;
  /** Point at the key rather than the value (unknown fields). */
  atKey?: boolean;
  /** A size limit was exceeded: later checks must not walk the oversized value. */
  overLimit?: boolean;
}

/**
 * Issues collected at most. A file broken everywhere (120,000 unknown keys, say) stops being
 * checked here instead of spending seconds on errors nobody reads; only LIMITS.errors are shown.
 */
export const ISSUES_COUNTED = LIMITS.errors * 5;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A simple-icons slug: the icon's file name. */
const ICON = /^[a-z0-9_]+$/;

export function describe(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return quoted(value);
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

/** http(s) only: `javascript:`, `data:` and friends (in any case, with any padding) are refused. */
export function checkUrl(value: string): string | undefined {
  if (value.trim() !== value || /\s/.test(value))
    return `expected a URL without spaces, got ${describe(value)}`;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return `expected an absolute http(s) URL, got ${describe(value)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `expected an http or https URL, got a ${parsed.protocol} URL (only web links are allowed)`;
  }
  return undefined;
}

function checkDate(value: string): string | undefined {
  const time = DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  // Date.parse rolls 2020-02-31 over to March; a round trip catches that.
  const valid = !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  return valid ? undefined : `expected a date as YYYY-MM-DD, got ${describe(value)}`;
}

function checkString(
  spec: Extract<Spec, { kind: 'string' }>,
  value: unknown,
  path: string,
  out: ShapeIssue[],
) {
  if (typeof value !== 'string') {
    const hint = typeof value === 'number' || typeof value === 'boolean' ? ' (put it in quotes)' : '';
    out.push({ path, message: `expected a string, got ${describe(value)}${hint}` });
    return;
  }
  if (value.length > spec.maxLength) {
    out.push({
      path,
      message: `too long: ${groupDigits(value.length)} characters, at most ${groupDigits(spec.maxLength)} allowed`,
    });
    return;
  }
  if (spec.format !== 'url' && value.trim() === '') {
    out.push({ path, message: 'expected a non-empty string' });
    return;
  }
  // Long texts (descriptions, captions) may hold line breaks and tabs; names and labels are one line.
  const textProblem = checkText(value, path, spec.maxLength > LIMITS.nameLength);
  if (textProblem) {
    out.push({ path, message: textProblem });
    return;
  }
  if (spec.format === 'slug' && !SLUG.test(value)) {
    const slugged = value
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const hint = slugged ? ` (try "${slugged}")` : '';
    out.push({
      path,
      message: `expected a slug (lowercase letters, digits and single dashes), got ${describe(value)}${hint}`,
    });
  } else if (spec.format === 'url') {
    const problem = checkUrl(value);
    if (problem) out.push({ path, message: problem });
  } else if (spec.format === 'date') {
    const problem = checkDate(value);
    if (problem) out.push({ path, message: problem });
  } else if (spec.format === 'icon' && !ICON.test(value)) {
    out.push({
      path,
      message: `expected a simple-icons slug (lowercase letters, digits, _), got ${describe(value)} (try "${value.toLowerCase().replace(/[^a-z0-9_]/g, '')}")`,
    });
  } else if (spec.format === 'keyword') {
    // Keywords are matched as typed: one spelling each, lower case, single spaces.
    const keyword = value.toLowerCase().trim().replace(/\s+/g, ' ');
    if (keyword !== value)
      out.push({
        path,
        message: `expected a keyword in lower case with single spaces, got ${describe(value)} (try "${keyword}")`,
      });
  }
}

function checkObject(spec: ObjectSpec, value: unknown, path: string, out: ShapeIssue[]) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    out.push({
      path,
      message: `expected a mapping (${spec.description.replace(/\.$/, '')}), got ${describe(value)}`,
    });
    return;
  }
  const record = value as Record<string, unknown>;
  const known = Object.keys(spec.fields);
  for (const key of Object.keys(record)) {
    if (out.length >= ISSUES_COUNTED) return;
    if (!Object.hasOwn(spec.fields, key)) {
      out.push({
        path: childPath(path, key),
        message:
          key === '<<'
            ? 'YAML merge keys ("<<") are not supported; write the fields out'
            : `unknown field${didYouMean(key, known)}; expected one of ${known.join(', ')}`,
        atKey: true,
      });
    }
  }
  for (const [key, field] of Object.entries(spec.fields) as Array<[string, FieldSpec]>) {
    if (!Object.hasOwn(record, key) || record[key] === undefined) {
      if (field.required) out.push({ path, message: `missing required field "${key}"` });
      continue;
    }
    checkValue(field.spec, record[key], childPath(path, key), out);
  }
}

export function checkValue(spec: Spec, value: unknown, path: string, out: ShapeIssue[]): void {
  if (out.length >= ISSUES_COUNTED) return;
  switch (spec.kind) {
    case 'string':
      return checkString(spec, value, path, out);
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) {
        const hint = typeof value === 'string' ? didYouMean(value, spec.values) : '';
        out.push({
          path,
          message: `expected one of ${spec.values.join(', ')}, got ${describe(value)}${hint}`,
        });
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean')
        out.push({ path, message: `expected true or false, got ${describe(value)}` });
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.min || value > spec.max) {
        out.push({
          path,
          message: `expected a whole number from ${spec.min} to ${spec.max}, got ${describe(value)}`,
        });
      }
      return;
    case 'nullable':
      if (value !== null) checkValue(spec.of, value, path, out);
      return;
    case 'object':
      return checkObject(spec, value, path, out);
    case 'array': {
      if (!Array.isArray(value)) {
        const simple = typeof value === 'string' && /^[\w .,&/-]{1,60}$/.test(value) && value.trim() !== '';
        const hint = simple ? ` (write it as a list: [${value.trim()}])` : '';
        out.push({ path, message: `expected a list, got ${describe(value)}${hint}` });
        return;
      }
      if (value.length < spec.minItems) {
        out.push({
          path,
          message: `expected at least ${spec.minItems} item${spec.minItems === 1 ? '' : 's'}, got ${value.length}`,
        });
      }
      if (value.length > spec.maxItems) {
        // Stop here: checking a list past its limit is the work the limit exists to prevent.
        out.push({
          path,
          message: `too many items: ${value.length}, at most ${spec.maxItems} allowed`,
          overLimit: true,
        });
        return;
      }
      const seen = new Set<unknown>();
      for (const [index, item] of value.entries()) {
        if (out.length >= ISSUES_COUNTED) return;
        const itemPath = childPath(path, index);
        checkValue(spec.items, item, itemPath, out);
        if (spec.uniqueItems && typeof item === 'string') {
          if (seen.has(item)) out.push({ path: itemPath, message: `${quoted(item)} is listed twice` });
          seen.add(item);
        }
      }
      return;
    }
  }
}
