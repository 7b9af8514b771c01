/**
 * The card's font faces. The first use of a face (family, size, weight) in a page costs a
 * lookup: in Chromium on Linux a synchronous one in the browser process, 2–14 ms each at
 * 4× CPU throttling as measured. `warm` makes those lookups through a canvas, one task
 * each, so the frames that lay the card out find them done (font caches are shared by
 * the canvas and the page). A browser test checks that every text of the card uses one.
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
