// The live studio (scripts/live/) on the test runner's and the demo's dev server: /__live/<stream>/...
// (live.m3u8, recording.m3u8, pins, pin, end, stall, resume). Same module as `npm run live`.
import { koaMiddleware } from '../../scripts/live/adapters.mjs';
import { createStudio } from '../../scripts/live/studio.mjs';

export default koaMiddleware(createStudio());
