/** The longest field text an error message quotes; longer fields are cut and end in `…`. */
export const SHOWN_FIELD_LENGTH = 40;

/**
 * A CSV field as an error message shows it: JSON-quoted, cut to {@link SHOWN_FIELD_LENGTH}
 * characters (`"a very long…"`), `an empty field` for `""`.
 * @example
 * showField("abc"); // '"abc"'
 */
export function showField(field: string): string {
  if (field === "") return "an empty field";
  const cut = field.length > SHOWN_FIELD_LENGTH ? `${field.slice(0, SHOWN_FIELD_LENGTH - 1)}…` : field;
  return JSON.stringify(cut);
}

/** A column name as an error message shows it: JSON-quoted, cut like {@link showField}. */
export function showName(name: string): string {
  return JSON.stringify(name.length > SHOWN_FIELD_LENGTH ? `${name.slice(0, SHOWN_FIELD_LENGTH - 1)}…` : name);
}
