import type { Plugin, ResolvedConfig, Rollup } from 'vite'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckNotices } from './node/deck-notices.ts'
import { devLinks } from './node/dev-links.ts'
import { liveCheck } from './node/live-check.ts'
import { paletteStyle } from './node/palette-style.ts'
import { remoteGuard } from './node/remote-guard.ts'

type OutputBundle = Rollup.OutputBundle
type OutputChunk = Rollup.OutputChunk

const deferredPwaRegister = fileURLToPath(new URL('./browser/pwa-register.ts', import.meta.url))

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
  /\/shared\/course\.ts$/,
  /@slidev\/client\/index\.ts$/,
  /\/browser\/(?:pwa-register|after-first-paint)\.ts$/,
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

/**
 * The chunks of the player page and of slide 1, which Slidev only asks for once its entry has run,
 * and the drawing layer and controls, which it asks for at the same moment, with a stylesheet.
 */
const FIRST_SLIDE_CHUNKS = [/@slidev\/client\/pages\/play\.vue$/, /__slidev_1\.md$/, /@slidev\/client\/internals\/Drawing(?:Layer|Controls)\.vue$/]

/** The chunks that `roots` import, directly or not, that `loaded` does not already hold. */
function staticClosure(bundle: OutputBundle, roots: OutputChunk[], loaded = new Set<string>()): OutputChunk[] {
  const found = new Map<string, OutputChunk>()
  const visit = (chunk: OutputChunk) => {
    if (loaded.has(chunk.fileName) || found.has(chunk.fileName))
      return
    found.set(chunk.fileName, chunk)
    for (const name of chunk.imports) {
      const next = bundle[name]
      if (next?.type === 'chunk')
        visit(next)
    }
  }
  roots.forEach(visit)
  return [...found.values()]
}

/**
 * The first slide sooner. Slidev's entry runs for about 100 ms before it asks for the player
 * page, which then asks for slide 1: two more round trips, while the connections sit idle.
 * Hints in index.html fetch those files while the entry runs (the browser still runs them in order).
 */
function preloadFirstSlide(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'course:preload-first-slide',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle as OutputBundle | undefined
        if (!bundle)
          return
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
        const entries = chunks.filter(c => c.isEntry)
        const loaded = new Set(staticClosure(bundle, entries).map(c => c.fileName))
        const roots = chunks.filter(c => c.moduleIds.some(id => FIRST_SLIDE_CHUNKS.some(re => re.test(id))))
        const closure = staticClosure(bundle, roots, loaded)
        // Their stylesheets too: Vite's loader adds each one (crossorigin, as here) only when the
        // chunk is imported, and the slide waits for it. Preloaded, it comes from the cache.
        const styles = new Set(closure.flatMap(c => [...(c.viteMetadata?.importedCss ?? [])]))
        return [
          ...closure.map(c => ({ rel: 'modulepreload', href: c.fileName })),
          ...[...styles].map(href => ({ rel: 'preload', as: 'style', href })),
        ].map(({ href, ...attrs }) => ({
          tag: 'link',
          attrs: { ...attrs, crossorigin: '', href: `${config.base}${href}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}

// Loaded by Slidev for every deck because the repository root is a local addon (`addons: ['./']`).
export default defineConfig({
  // Slidev takes `public/` from the deck's folder (slides/); the course keeps one at the root.
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  plugins: [registerOfflineAfterFirstPaint(), groupTinySharedModules(), preloadFirstSlide(), remoteGuard(), devLinks(), deckNotices(), paletteStyle(), liveCheck()],
})
