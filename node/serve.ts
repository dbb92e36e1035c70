import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a folder as a plain static host would: no SPA fallback, no rewrite rules,
 * on localhost only. Port 0 picks a free port. `base` puts the folder under a sub-path
 * (`/cours/`), as a site built with `BASE=/cours/` expects; anything outside it is a 404.
 */
export function serveStatic(dir: string, port = 0, base = '/'): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: true })
  const notFound = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404
    res.end('404 : introuvable')
  }
  const server = createServer((req, res) => {
    if (base !== '/') {
      if (!req.url?.startsWith(base))
        return notFound(res)
      req.url = `/${req.url.slice(base.length)}`
    }
    handler(req, res, () => notFound(res))
  })
  return new Promise((resolve, reject) => {
    server.on('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise<void>(done => server.close(() => done())),
      })
    })
  })
}
