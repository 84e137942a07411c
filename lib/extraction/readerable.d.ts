// Types for the readerable gate's own file (CommonJS, its function as the module), imported directly so the
// content script does not bundle all of Readability.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const gate: typeof isProbablyReaderable;
  export default gate;
}
