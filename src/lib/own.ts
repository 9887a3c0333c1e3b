/**
 * A stored map's entry, only if the map itself holds it: an id such as "constructor" must never reach
 * Object.prototype. Use for every lookup of stored progress by id.
 */
export function own<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}
