/**
 * Whether elements are being drawn by `zwgk render` (in Node, under happy-dom) for a static page
 * rather than shown to a reader. An element that would normally draw only part of its content
 * (the tree draws the rows in view) draws all of it then, because a page read with JavaScript off,
 * or by a crawler, has only what is in its markup. Set by src/render/runtime.ts only.
 */
export const staticRender = { active: false };
