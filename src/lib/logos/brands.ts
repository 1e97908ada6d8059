/**
 * simple-icons' brand list as this code reads it (the package's data/simple-icons.json), and names
 * reduced the way simple-icons makes slugs from titles, so that "Apache Kafka", "apache-kafka" and
 * "apachekafka" meet.
 */

export interface Brand {
  title: string;
  slug: string;
  hex: string;
  /** Where simple-icons took the mark from: often the project's own site or repository. */
  source?: string;
  guidelines?: string;
  aliases?: {
    aka?: string[];
    old?: string[];
    dup?: Array<{ title: string }>;
    loc?: Record<string, string>;
  };
}

const REPLACE: Record<string, string> = { '+': 'plus', '.': 'dot', '&': 'and' };

/** simple-icons' titleToSlug: lower case, + . & spelled out, accents and everything else dropped. */
export function nameToSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[+.&]/g, (c) => REPLACE[c]!)
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}

/** The names a brand goes by: its title and every alias. */
export function brandNames(brand: Brand): string[] {
  const a = brand.aliases;
  return [
    brand.title,
    ...(a?.aka ?? []),
    ...(a?.old ?? []),
    ...(a?.dup ?? []).map((d) => d.title),
    ...Object.values(a?.loc ?? {}),
  ];
}
