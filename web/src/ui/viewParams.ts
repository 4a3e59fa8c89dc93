// The settings of a view that are not the state of the network (a filter, a chosen
// figure, a number of rows) kept in the address, so that the address is a share link
// that restores the view. Writing replaces the history entry: a change of setting is
// not a step back.

/** viewParam reads the setting name from the address: one of allowed, else def. */
export function viewParam<T extends string>(name: string, allowed: readonly T[], def: T): T {
  const v = new URLSearchParams(location.search).get(name);
  return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : def;
}

/** keepParam writes the setting name into the address; the default def leaves it out. */
export function keepParam(name: string, value: string, def = ""): void {
  const q = new URLSearchParams(location.search);
  if (value === def) q.delete(name);
  else q.set(name, value);
  const s = q.toString();
  history.replaceState(history.state, "", location.pathname + (s ? "?" + s : ""));
}
