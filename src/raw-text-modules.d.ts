// Files imported with `?raw` arrive as their text: Vite (vitest) does this natively, and
// scripts/build.mjs teaches esbuild the same, so SQL and CSS are bundled into dist/.
declare module '*?raw' {
  const text: string;
  export default text;
}
