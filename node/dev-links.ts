import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import process from 'node:process'
import sirv from 'sirv'
import { DECKS } from '../shared/course.ts'
import { escapeHtml } from './html.ts'
import { DIST_DIR } from './paths.ts'

/** The home page's address in `npm run dev`, where `/` is the deck being edited. */
export const DEV_HOME = '/_cours/'

/** The deck `slidev` was started on, read from its command line. */
export function entrySlug(argv = process.argv): string | undefined {
  const entry = argv.find(a => a.endsWith('.md'))
  return entry ? basename(entry, '.md') : undefined
}

/** A French page in place of a chapter the dev server cannot show. */
export function notBuiltPage(slug: string | undefined, current: string | undefined): string {
  const deck = DECKS.find(d => d.slug === slug)
  const what = deck ? `Le chapitre « ${escapeHtml(deck.title)} »` : 'L’accueil du cours'
  const no = deck ? ` -- ${String(deck.no).padStart(2, '0')}` : ''
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${deck ? escapeHtml(deck.title) : 'Accueil'} : non construit</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1.25rem;line-height:1.5;color:#1f2937}code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.25rem}</style></head>
<body data-testid="dev-link-notice">
<h1>${what} n’est pas servi par <code>npm run dev</code></h1>
<p><code>npm run dev</code> ne présente qu’un chapitre à la fois, pour le modifier avec rechargement à chaud.</p>
<p>Pour présenter tout le module, liens entre chapitres compris, arrêtez ce serveur (Ctrl+C) et lancez <code>npm start</code>.</p>
<p>Pour ouvrir ce chapitre-ci en direct : <code>npm run dev${no}</code>.</p>
<p><a href="/">← Revenir à ${current ? `« ${escapeHtml(DECKS.find(d => d.slug === current)?.title ?? current)} »` : 'la présentation'}</a></p>
</body></html>
`
}

type Next = (error?: unknown) => void

/**
 * Links between chapters in `npm run dev`. Only one deck is served, at `/`; the others would
 * fall back to it silently. A chapter already built in dist/ is served from there (its own base is
 * `/<slug>/`, as in the built site); one that is not gets a French page with the command to use.
 * A link to the deck being edited comes back to `/`.
 */
export function devLinks(options: { dist?: string, current?: string } = {}): Plugin {
  const dist = options.dist ?? DIST_DIR
  const current = options.current ?? entrySlug()
  const slugs = new Set(DECKS.map(d => d.slug))
  const files = sirv(dist, { dev: true })
  const notice = (res: ServerResponse, slug?: string) => {
    res.statusCode = 200
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(notBuiltPage(slug, current))
  }
  return {
    name: 'course:dev-links',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: Next) => {
        const path = (req.url ?? '/').split('?')[0]
        if (path === DEV_HOME || path === DEV_HOME.slice(0, -1)) {
          if (!existsSync(`${dist}/index.html`))
            return notice(res)
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
          // The home's links are relative (./02-containerd/): at /_cours/ they must lead to /02-containerd/.
          return res.end(readFileSync(`${dist}/index.html`, 'utf8').replace('<head>', '<head>\n  <base href="/">'))
        }
        const slug = path.match(/^\/([\w-]+)(?:\/|$)/)?.[1]
        if ((slug === 'fonts' || slug === 'pdf') && existsSync(`${dist}/${slug}`))
          return files(req, res, next)
        if (!slug || !slugs.has(slug))
          return next()
        if (slug === current) {
          res.statusCode = 302
          res.setHeader('Location', '/')
          return res.end()
        }
        if (!existsSync(`${dist}/${slug}/index.html`))
          return notice(res, slug)
        if (path === `/${slug}`) {
          res.statusCode = 302
          res.setHeader('Location', `/${slug}/`)
          return res.end()
        }
        return files(req, res, () => notice(res, slug))
      })
    },
  }
}
