import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const deferredPwaRegister = fileURLToPath(new URL('./lib/pwa-register.ts', import.meta.url))

/** Slidev's import of `virtual:pwa-register` gets the deferred registration instead. */
function registerOfflineAfterFirstPaint(): Plugin {
  return {
    name: 'course:pwa-register-after-first-paint',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'virtual:pwa-register' && importer !== deferredPwaRegister)
        return deferredPwaRegister
    },
  }
}

/** Modules so small and so widely shared that a file of their own only costs a request. */
const TINY_SHARED = [
  /vite\/preload-helper/,
  /plugin-vue:export-helper/,
  /@slidev\/client\/(?:logic\/)?utils\.ts$/,
  // Needed before the first slide anyway: the chapter navigation under every slide, the entry
  // point of Slidev's client that our components import, the deferred offline registration.
  /\/lib\/course\.ts$/,
  /@slidev\/client\/index\.ts$/,
  /\/lib\/(?:pwa-register|after-first-paint)\.ts$/,
]

/**
 * Fewer files before the first slide. Rolldown gives every module shared between the entry and
 * a lazy chunk a file of its own, however small (84 bytes for Vue's export helper). Over HTTP/1.1
 * (python3 -m http.server, `npm run preview`) a browser opens 6 connections per host, so three
 * extra files queue the entry's own. They go into Slidev's Vue chunk, which the entry loads anyway;
 * Slidev's own grouping (shiki, icons, vue…) is kept for everything else.
 */
function groupTinySharedModules(): Plugin {
  return {
    name: 'course:group-tiny-shared-modules',
    enforce: 'post',
    apply: 'build',
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function')
        return
      const slidevChunks = output.manualChunks
      output.manualChunks = (id, meta) => TINY_SHARED.some(re => re.test(id)) ? 'modules/vue' : slidevChunks(id, meta)
    },
  }
}

// Loaded by Slidev for every deck because the repository root is a local addon (`addons: ['./']`).
export default defineConfig({
  // Slidev takes `public/` from the deck's folder (slides/); the course keeps one at the root.
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [registerOfflineAfterFirstPaint(), groupTinySharedModules()],
})
