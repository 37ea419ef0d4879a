/**
 * Input guards for the margin math. Every guard throws a RangeError whose
 * message starts with the field name, e.g.
 * "leverage must be a finite number greater than 0".
 */

/** Any finite number (negative allowed), e.g. floating P/L or equity. */
export function finite(field: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number`);
  }
  return value;
}

/** A finite number ≥ 0, e.g. balance, units, required margin. */
export function nonNegative(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a finite number greater than or equal to 0`);
  }
  return value;
}

/** A finite number > 0, e.g. price, leverage, pip size, conversion rate. */
export function positive(field: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${field} must be a finite number greater than 0`);
  }
  return value;
}
