import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { articlesCheckPlugin } from './build/articles.js';
import { lazyOnlyFiles, professionalOnlyFiles } from './build/person-assets.js';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The entry chunks of the two HTML pages (Vite names them after their input). */
const ENTRY_CHUNK = /^assets\/(?:index|pro)-[\w-]+\.js$/;

/** The report's PDF renderer (jsPDF + font), dynamically imported by the report page only. */
const REPORT_PDF_MODULE = 'src/features/report/pdf/renderPdf.ts';

// Two HTML entry points: the person's app (index.html) and the professionals' workspace
// (pro.html). They share no code path, so nothing of /pro ever lands in the person's bundle.
export default defineConfig({
  plugins: [
    react(),
    articlesCheckPlugin(here('./src/features/articles/content')),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'Oz — faire le point sur l’alcool',
        short_name: 'Oz',
        description:
          'Évaluer sa consommation d’alcool, la réduire avec un journal qui reste sur votre appareil, et trouver de l’aide.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f7f5f0',
        theme_color: '#0f5f5c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      // The worker is ours (src/sw/sw.ts, TypeScript): workbox precaching and routing plus the features that
      // need a worker (push reminders, …). Precache rules: the person's files only (see below).
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // A classic script (not an ES module worker): every browser that has service workers runs it.
        rollupFormat: 'iife',
        // Precache the person's app only: the workspace's code never lands on people's phones.
        manifestTransforms: [
          (entries) => {
            const buildManifest = here('./dist/.vite/manifest.json');
            const professionalOnly = professionalOnlyFiles(buildManifest);
            // The report's PDF renderer, jsPDF (and its never-used html2canvas/canvg/DOMPurify chunks) and
            // the font: fetched only when the person asks for a PDF, then kept by the worker (src/sw/sw.ts).
            const pdfOnly = lazyOnlyFiles(buildManifest, REPORT_PDF_MODULE);
            const manifest = entries.filter(
              (entry) =>
                entry.url !== 'pro.html' && !professionalOnly.has(entry.url) && !pdfOnly.has(entry.url),
            );
            return { manifest, warnings: [] };
          },
        ],
      },
    }),
  ],
  resolve: { conditions: ['@oz/source'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // A dynamic import's dependencies are preloaded (one round trip instead of a waterfall) when the app's entry
    // imports it: a screen, English, the background work. Inside a screen (the home's notices, a map), the
    // browser follows the imports itself: each injected <link rel=modulepreload> costs main-thread time in the
    // middle of the render, more than the round trip it saves (ADR 0008).
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId, hostType }) =>
        hostType === 'html' || ENTRY_CHUNK.test(hostId) ? deps : [],
    },
    target: 'es2022',
    rollupOptions: {
      input: { index: here('./index.html'), pro: here('./pro.html') },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  preview: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
