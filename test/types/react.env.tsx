// The React 19 typings, for jsx.types.tsx (tsconfig.react.json). A .tsx file: the root typecheck reads test/**/*.ts only.
import type {} from 'shoppable-video/types/react';
