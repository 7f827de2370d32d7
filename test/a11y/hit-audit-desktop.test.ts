// The hit-test audit at 640×360 and 1280×720: see hit-audit.ts.
import { auditReplay, SIZES } from './hit-audit.js';

auditReplay('desktop sizes', SIZES.slice(2));
