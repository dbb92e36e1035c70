import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a folder as a plain static host would: no SPA fallback, no rewrite rules,
 * on localhost only. Port 0 picks a free port.
 */
export function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const handler = sirv(dir, { dev: true, etag: true })
  const server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404
    res.end('404 : introuvable')
  }))
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
