import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// Loaded by Slidev for every deck because the repository root is a local addon (`addons: ['./']`).
export default defineConfig({
  // Slidev takes `public/` from the deck's folder (slides/); the course keeps one at the root.
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
})
