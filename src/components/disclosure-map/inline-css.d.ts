// Vite's `?inline` CSS imports (the web-test-runner config serves them the same way): the text.
declare module '*.css?inline' {
  const css: string;
  export default css;
}

// Leaflet's ES module build, typed by @types/leaflet. Imported by path so that no bundler has to
// convert the UMD `main`, and so that Leaflet never sets or reads a global `L`.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
