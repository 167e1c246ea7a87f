import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { manifestOf } from './src/core/api/channels';
import { contract } from './src/core/api/contract';

const MANIFEST_ID = 'virtual:vetted-contract-manifest';

/**
 * The preload's list of method names, read off the contract when the preload is built,
 * so the sandboxed preload forwards every method without bundling zod and the schemas.
 */
function contractManifest(): Plugin {
  return {
    name: 'vetted-contract-manifest',
    resolveId: (id) => (id === MANIFEST_ID ? `\0${MANIFEST_ID}` : undefined),
    load: (id) =>
      id === `\0${MANIFEST_ID}`
        ? `export default ${JSON.stringify(manifestOf(contract))};`
        : undefined,
  };
}

/**
 * One build for everything: main (the Electron shell, the browser host and the
 * CLI share its output folder and externalised node_modules), the sandboxed
 * preload (CommonJS, dependencies bundled in), and the React renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          host: resolve('src/main/host.ts'),
          cli: resolve('src/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [contractManifest()],
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
