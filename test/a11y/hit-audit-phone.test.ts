// The hit-test audit at phone sizes (a 9:16 and a 16:9 player on a 390×844 phone): see hit-audit.ts.
import { auditReplay, SIZES } from './hit-audit.js';

auditReplay('phone sizes', SIZES.slice(0, 2));
