// The Custom Elements Manifest is generated from the elements' JSDoc headers; Storybook's
// autodocs, the framework typings and the "every attribute is documented" test all read it.
export default {
  globs: ['src/components/**/*.ts', 'src/core/zwgk-element.ts', 'src/core/consumer-element.ts', 'src/forms/form-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it (the manifest test writes elsewhere).
  packagejson: false,
};
