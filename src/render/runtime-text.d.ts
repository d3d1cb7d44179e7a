/** src/render/runtime.ts bundled for a browser, as text (scripts/build-cli.mjs, renderRuntimePlugin). */
declare module 'zwgk:render-runtime' {
  const code: string;
  export default code;
}
