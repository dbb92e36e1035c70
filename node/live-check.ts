import type { Plugin } from 'vite'
import { execFile } from 'node:child_process'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { ROOT } from './paths.ts'

/** The custom HMR events between this plugin and browser/live-check.ts. */
export const LIVE_CHECK_EVENT = 'course:check'
export const LIVE_CHECK_REQUEST = 'course:check-request'

export interface LiveCheckPayload {
  file: string
  /** `file:line: message`, in French, as `npm run check` prints them. */
  problems: string[]
}

/**
 * `npm run check -- <file>` in a process of its own: the checker loads mermaid in a DOM shim that
 * sets `window` and `document` as globals, which have no place in the dev server's process.
 */
function checkInChild(entry: string): Promise<string[]> {
  return new Promise((done) => {
    execFile(process.execPath, [`${ROOT}scripts/check.ts`, entry], { cwd: process.cwd() }, (error, _stdout, stderr) => {
      const problems = stderr.split('\n').filter(l => /^\S.*\.md:\d+: /.test(l))
      if (error && !problems.length)
        problems.push(`${relative(process.cwd(), entry)}:1: le vérificateur a échoué : ${stderr.trim().split('\n').at(-1)}`)
      done(problems)
    })
  })
}

/**
 * The checker, live in `npm run dev`: each save of the deck re-runs `checkDeck`, prints its French
 * `file:line` messages in the terminal and sends them to the slides, which show them on screen
 * (browser/live-check.ts). scripts/dev.ts has already checked the deck once at start.
 */
export function liveCheck(options: { entry?: string } = {}): Plugin {
  const argEntry = process.argv.find(a => a.endsWith('.md'))
  const entry = options.entry ?? (argEntry ? resolve(argEntry) : undefined)
  let last: LiveCheckPayload = { file: '', problems: [] }
  let run = 0
  return {
    name: 'course:live-check',
    apply: 'serve',
    configureServer(server) {
      if (!entry)
        return
      const file = relative(process.cwd(), entry) || entry
      last = { file, problems: [] }
      const recheck = async (initial: boolean) => {
        const mine = ++run
        const problems = await checkInChild(entry)
        if (mine !== run)
          return
        const before = last.problems.length
        last = { file, problems }
        if (!initial) {
          const time = new Date().toLocaleTimeString('fr-FR')
          if (last.problems.length)
            console.error(`\n[${time}] ${file} : ${last.problems.length} problème${last.problems.length > 1 ? 's' : ''}\n${last.problems.map(p => `  ${p}`).join('\n')}\n`)
          else if (before)
            // eslint-disable-next-line no-console -- the checker's report in the dev server's terminal
            console.log(`\n[${time}] ✓ ${file} : plus aucun problème\n`)
        }
        server.hot.send(LIVE_CHECK_EVENT, last)
      }
      // Slidev answers /index.html itself in dev, past Vite's transformIndexHtml: the script goes in as the page leaves.
      const tag = `<script type="module" src="/@fs${ROOT}browser/live-check.ts"></script>`
      server.middlewares.use((_req, res, next) => {
        const end = res.end.bind(res) as (...args: unknown[]) => typeof res
        res.end = ((chunk: unknown, ...rest: unknown[]) => {
          if (typeof chunk === 'string' && chunk.includes('<div id="app"') && chunk.includes('</body>'))
            chunk = chunk.replace('</body>', `${tag}\n</body>`)
          return end(chunk, ...rest)
        }) as typeof res.end
        next()
      })
      server.watcher.add(entry)
      server.watcher.on('change', (changed) => {
        if (resolve(changed) === entry)
          void recheck(false)
      })
      server.hot.on(LIVE_CHECK_REQUEST, (_data, client) => client.send(LIVE_CHECK_EVENT, last))
      void recheck(true)
    },
  }
}
