/** Trims a string input before it is validated (class-transformer's `@Transform(trim)`). */
export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
