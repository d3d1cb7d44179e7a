import type { StorybookConfig } from '@storybook/web-components-vite';

/** Storybook for designers: every element and state, autodocs from the manifest, axe on. Runs offline. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true },
  // The project's vite.config.ts is for the demo site and the library build; Storybook needs neither.
  viteFinal: async (viteConfig) => ({ ...viteConfig, root: undefined, build: { ...viteConfig.build, lib: false } }),
};
export default config;
