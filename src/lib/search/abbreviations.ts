/**
 * Abbreviations practitioners type, and the words they stand for. Both sides
 * use them: a query word "k8s" also matches "kubernetes", and a description or
 * keyword that says "HA" is also found by "high availability". Only
 * unambiguous ones: "cd" (continuous delivery, change directory) is left to
 * the problems' aliases.
 */
export const ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['k8s', ['kubernetes']],
  ['o11y', ['observability']],
  ['otel', ['opentelemetry']],
  ['db', ['database']],
  ['dbs', ['databases']],
  ['ha', ['high', 'availability']],
  ['pg', ['postgres', 'postgresql']],
  ['lb', ['load', 'balancer']],
  ['mq', ['message', 'queue']],
  ['vm', ['virtual', 'machine']],
  ['vms', ['virtual', 'machines']],
  ['authn', ['authentication']],
  ['authz', ['authorization']],
  ['ml', ['machine', 'learning']],
]);

/** Quality of a match through an abbreviation: a little below the word itself. */
export const EXPANDED = 0.85;
