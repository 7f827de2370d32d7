// Which products the studio's camera shows. The live studio loops the demo replay, whose picture
// (scripts/make-scene.mjs) draws each product at its moment; demo/media/scene.json says when and
// where. Plain functions, no DOM: test/live/on-camera.test.ts runs them.

/**
 * The products in the picture `seconds` into the stream (the loop is the 16:9 scene's length), from
 * their moment's start until they start to leave: `[{ productId, x, y, leavesIn }]`, `x`/`y` the
 * centre of the drawn product (fractions of the frame, where a hotspot lands on it), `leavesIn` the
 * seconds until it starts to leave (more than 0).
 */
export function onCamera(scene, seconds) {
  const { duration } = scene.frames['16x9'];
  const t = ((seconds % duration) + duration) % duration;
  return scene.moments
    .filter((m) => m.start <= t && t < m.rest[1])
    .map(({ productId, rest, box: { '16x9': b } }) => ({
      productId,
      x: Math.round((b.x + b.width / 2) * 1000) / 1000,
      y: Math.round((b.y + b.height / 2) * 1000) / 1000,
      leavesIn: Math.max(0, rest[1] - t),
    }));
}

/** Seconds into the stream at a studio state's clock (`GET /pins`). */
export const streamSeconds = (state) => (Date.parse(state.clock) - Date.parse(state.startDate)) / 1000;
