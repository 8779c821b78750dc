/**
 * Point tests of `unist-util-position@5` (`pointStart`/`pointEnd`) without the
 * copy it makes, for checks that look at every node: a check copies a point
 * (with `pointStart`/`pointEnd` themselves) only when it makes a message.
 */
import type {Point} from 'unist'

/** A point `unist-util-position` accepts: a positive line and column. */
export function isPoint(point: Point | undefined): point is Point {
  return point !== undefined && typeof point.line === 'number' && point.line > 0 && typeof point.column === 'number' && point.column > 0
}

/** The point's offset if `unist-util-position` keeps it (a number above -1), else `undefined`. */
export function offsetOf(point: Point): number | undefined {
  return typeof point.offset === 'number' && point.offset > -1 ? point.offset : undefined
}
