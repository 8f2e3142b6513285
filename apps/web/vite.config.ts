import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleSizePlugin } from './scripts/bundle-size.plugin.ts';

/** The API the dev server forwards `/api` to (`./scripts/start --dev` sets it). */
const apiTarget = process.env.PREPKIT_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), bundleSizePlugin(150 * 1024)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
