/** Times `work` as a performance measure (`cloud-native-map:<name>`), which the benchmark and tests read. */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(`cloud-native-map:${name}`, { start, end: performance.now() });
  return result;
}
