/** Adds `value` to the list `map` keeps under `key`, starting the list when there is none. */
export const appendTo = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};
