interface InputLookup {
  getInputNode: (path: string) => HTMLElement | null;
}

/** Moves keyboard and screen-reader focus to the first field with a problem. */
export function focusFirstError(form: InputLookup, errors: Record<string, unknown>): void {
  const first = Object.keys(errors)[0];
  if (first) form.getInputNode(first)?.focus();
}
