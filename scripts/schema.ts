/** Writes data/catalog.schema.json from the catalog spec. `npm run schema`; a unit test checks it is current. */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '../src/lib/catalog/toJsonSchema.ts';

const target = new URL('../data/catalog.schema.json', import.meta.url);
writeFileSync(target, JSON.stringify(toJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
