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

// Loaded by Slidev for every deck because the repository root is a local addon (`addons: ['./']`).
export default defineConfig({
  // Slidev takes `public/` from the deck's folder (slides/); the course keeps one at the root.
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [registerOfflineAfterFirstPaint()],
})
