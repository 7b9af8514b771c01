/**
 * How the survey UI spreads its work over tasks, so no task on a slow phone runs long.
 * @module
 */

/** Runs `f` in a task of its own once the next frame (its style, layout and paint) is done. */
export const afterFrame = (f: () => unknown) => requestAnimationFrame(() => setTimeout(f))
