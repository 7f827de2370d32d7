// The Preact typings, for jsx.types.tsx (tsconfig.preact.json).
import type {} from 'shoppable-video/types/preact';
