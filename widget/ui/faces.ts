/**
 * The card's font faces. On Linux the first use of a face (family, size, weight) costs a
 * synchronous lookup in the browser process, several ms on a slow phone; `warm` makes
 * those lookups through a canvas, one task each, so the frames that lay the card out find
 * them done. A browser test checks that every text of the card uses one of these.
 * @module
 */

/** card.css's font family. */
export const FAMILY = 'system-ui, sans-serif'
/** Weight and size, in the order the card first uses them: question, labels, buttons, the card's own text. */
export const FACES = ['600 17px', '400 13px', '600 15px', '400 15px']

let pen: CanvasRenderingContext2D | null | undefined

/** Looks up `FACES[i]` and the rest after it, a task each. */
export const warm = (i = 0): unknown =>
  FACES[i] &&
  setTimeout(() => {
    try {
      pen ||= document.createElement('canvas').getContext('2d')
      pen!.font = `${FACES[i]} ${FAMILY}`
      pen!.measureText('Hg')
    } catch {}
    warm(i + 1)
  })
