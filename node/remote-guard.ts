import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import process from 'node:process'
import { DECKS } from '../shared/course.ts'

const COOKIE = 'cours_telecommande'
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])

/** The password given to `--remote`, from Slidev's command line. */
export function remotePassword(argv = process.argv): string | undefined {
  const i = argv.findIndex(a => a === '--remote' || a.startsWith('--remote='))
  if (i < 0)
    return undefined
  const value = argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1]
  return value && !value.startsWith('-') ? value : undefined
}

/** The address to open on the tablet: the page request carries the password, so the server lets it in. */
export function tabletUrl(origin: string, password: string): string {
  const p = encodeURIComponent(password)
  return `${origin}/?password=${p}#/presenter/?password=${p}`
}

/** What a request without the password may not read as it is. */
export type Refusal = 'forbidden' | 'configs' | 'frontmatter' | undefined

/** How a request from the network that does not carry the password is answered. */
export function refusalFor(url: string): Refusal {
  const path = decodeURIComponent(url.split('?')[0])
  // Slidev's editing and MCP endpoints read and write the decks; the raw Markdown holds the notes.
  if (/^\/(?:__slidev|__mcp|__inspect|__open-in-editor)(?:\/|$)/.test(path))
    return 'forbidden'
  // The built chapters that node/dev-links.ts serves have their presenter view and notes in them.
  const first = path.match(/^\/([\w-]+)(?:\/|$)/)?.[1]
  if (first && (['_cours', 'fonts', 'pdf'].includes(first) || DECKS.some(d => d.slug === first)))
    return 'forbidden'
  if (/\.md$/i.test(path) && !/__slidev_\d+\.md$/.test(path) && !path.startsWith('/@slidev/'))
    return 'forbidden'
  if (/[?&]raw\b/.test(url))
    return 'forbidden'
  if (path.includes('@slidev/configs'))
    return 'configs'
  if (/\/@slidev\/slides\/\d+\/frontmatter$|__slidev_\d+\.frontmatter$/.test(path))
    return 'frontmatter'
  return undefined
}

/** A slide's frontmatter module without its notes and raw source (the audience view needs the rest). */
export function withoutNotes(code: string): string {
  return code.replace(/\.\.\.\((\{.*\})\),/, (whole, json: string) => {
    try {
      const slide = JSON.parse(json) as Record<string, unknown>
      return `...(${JSON.stringify({ ...slide, note: '', noteHTML: '', raw: '', source: undefined })}),`
    }
    catch {
      return '...({}),'
    }
  })
}

/**
 * `--remote <mot de passe>` that protects. Slidev compares the password in the browser only, with the
 * one it serves to everyone in `/@slidev/configs`. Here a request from the network gets in only with
 * the password in its address (the tablet address printed by scripts/dev.ts), which leaves a cookie
 * for the requests that follow. Without it: no password in the configs (so no presenter view), no notes
 * in the slides, no raw deck, no editing endpoint, and no WebSocket (so no control of the slides).
 * `loopbackIsRemote` lets the tests play a machine of the room from 127.0.0.1.
 */
export function remoteGuard(options: { password?: string, loopbackIsRemote?: boolean } = {}): Plugin {
  const password = options.password ?? remotePassword()
  const loopbackIsRemote = options.loopbackIsRemote ?? process.env.COURSE_REMOTE_LOOPBACK_IS_REMOTE === '1'
  const token = randomBytes(24).toString('hex')
  const decoy = JSON.stringify(randomBytes(24).toString('hex'))
  const fromRoom = (req: IncomingMessage) => loopbackIsRemote || !LOOPBACK.has(req.socket.remoteAddress ?? '')
  const hasCookie = (req: IncomingMessage) => (req.headers.cookie ?? '').split(/;\s*/).includes(`${COOKIE}=${token}`)
  return {
    name: 'course:remote-guard',
    apply: 'serve',
    configureServer(server) {
      if (!password)
        return
      server.httpServer?.prependListener('upgrade', (req: IncomingMessage, socket: Duplex) => {
        if (fromRoom(req) && !hasCookie(req))
          socket.destroy()
      })
      const guard = (req: IncomingMessage, res: ServerResponse, next: (e?: unknown) => void) => {
        const url = req.url ?? '/'
        const given = new URL(url, 'http://x').searchParams.get('password')
        if (given === `${password}/`) {
          // Slidev's printed « remote control » address ends in `/`, which lands in the password.
          const fixed = new URL(url, 'http://x')
          fixed.searchParams.set('password', password)
          res.statusCode = 302
          res.setHeader('Location', fixed.pathname + fixed.search)
          return res.end()
        }
        if (!fromRoom(req) || hasCookie(req))
          return next()
        if (given === password) {
          res.setHeader('Set-Cookie', `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`)
          return next()
        }
        const refusal = refusalFor(url)
        if (refusal === 'forbidden') {
          res.statusCode = 403
          res.setHeader('Content-Type', 'text/plain; charset=utf-8')
          return res.end('403 : réservé à l’enseignant (adresse avec le mot de passe).')
        }
        if (refusal) {
          res.removeHeader('ETag')
          const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
          res.end = ((chunk: unknown, ...rest: unknown[]) => {
            let text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined
            if (text !== undefined) {
              text = refusal === 'configs' ? text.replaceAll(`"remote":${JSON.stringify(password)}`, `"remote":${decoy}`) : withoutNotes(text)
              res.removeHeader('Content-Length')
              res.removeHeader('ETag')
              return end(text, ...rest)
            }
            return end(chunk, ...rest)
          }) as typeof res.end
          // No 304 from a copy the browser cached with the password in it.
          delete req.headers['if-none-match']
        }
        next()
      }
      // First of all middlewares: Slidev registers its editing endpoint (/__slidev/slides/N.json) before this plugin.
      server.middlewares.stack.unshift({ route: '', handle: guard as never })
    },
  }
}
