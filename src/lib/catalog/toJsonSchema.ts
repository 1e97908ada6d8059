/** `catalogSpec` as a JSON Schema (draft-07, which yaml-language-server understands). */
import { catalogSpec, type Spec } from './catalogSpec.ts';

type JsonSchema = Record<string, unknown>;

const FORMATS: Record<string, JsonSchema> = {
  slug: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
  url: { format: 'uri', pattern: '^https?://' },
  date: { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  icon: { pattern: '^[a-z0-9_]+$' },
  keyword: { pattern: '^(?!.*[A-Z])(?!.*\\s\\s)\\S(?:.*\\S)?$' },
};

function convert(spec: Spec): JsonSchema {
  switch (spec.kind) {
    case 'string':
      return {
        type: 'string',
        description: spec.description,
        minLength: 1,
        maxLength: spec.maxLength,
        ...(spec.format ? FORMATS[spec.format] : {}),
      };
    case 'enum':
      return { type: 'string', description: spec.description, enum: [...spec.values] };
    case 'boolean':
      return { type: 'boolean', description: spec.description };
    case 'integer':
      return { type: 'integer', description: spec.description, minimum: spec.min, maximum: spec.max };
    case 'nullable':
      return { description: spec.description, oneOf: [{ type: 'null' }, convert(spec.of)] };
    case 'array':
      return {
        type: 'array',
        description: spec.description,
        items: convert(spec.items),
        minItems: spec.minItems,
        maxItems: spec.maxItems,
        ...(spec.uniqueItems ? { uniqueItems: true } : {}),
      };
    case 'object':
      return {
        type: 'object',
        description: spec.description,
        additionalProperties: false,
        required: Object.entries(spec.fields)
          .filter(([, field]) => field.required)
          .map(([key]) => key),
        properties: Object.fromEntries(
          Object.entries(spec.fields).map(([key, field]) => [key, convert(field.spec)]),
        ),
      };
  }
}

export function toJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://cloud-native-map.local/catalog.schema.json',
    title: 'Cloud Native Map catalog',
    ...convert(catalogSpec),
  };
}
