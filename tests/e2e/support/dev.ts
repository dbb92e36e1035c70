import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import process from 'node:process'
import { ROOT } from '../../../node/paths.ts'

export interface DevServer {
  url: string
  /** Everything the server printed so far, stdout and stderr together. */
  output: () => string
  /** Resolves once the output matches. */
  waitForOutput: (pattern: RegExp, timeout?: number) => Promise<void>
  stop: () => Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Starts `npm run dev -- <args>` (scripts/dev.ts) on a free port, as a teacher would. */
export async function startDev(args: string[], env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, [`${ROOT}scripts/dev.ts`, ...args, '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let text = ''
  const waiters: { pattern: RegExp, done: () => void, fail: () => void }[] = []
  const onData = (chunk: Buffer) => {
    text += chunk.toString()
    for (const w of [...waiters]) {
      if (w.pattern.test(text)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.done()
      }
    }
  }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', onData)
  const exited = new Promise<void>(resolve => child.on('exit', () => {
    waiters.splice(0).forEach(w => w.fail())
    resolve()
  }))
  const waitForOutput = (pattern: RegExp, timeout = 120_000) => new Promise<void>((resolve, reject) => {
    if (pattern.test(text))
      return resolve()
    const fail = () => reject(new Error(`Sortie attendue ${pattern} absente ; le serveur a affiché :\n${text}`))
    const timer = setTimeout(fail, timeout)
    waiters.push({ pattern, done: () => {
      clearTimeout(timer)
      resolve()
    }, fail: () => {
      clearTimeout(timer)
      fail()
    } })
  })
  const server: DevServer = {
    url: `http://localhost:${port}`,
    output: () => text,
    waitForOutput,
    stop: async () => {
      if (child.exitCode === null) {
        process.kill(-child.pid!, 'SIGTERM')
        await exited
      }
    },
  }
  try {
    await waitForOutput(/public slide show/)
  }
  catch (error) {
    await server.stop()
    throw error
  }
  return server
}
