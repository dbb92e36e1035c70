import type { Deck } from '../shared/course.ts'
import type { FoundChromium } from './chromium.ts'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { DECKS, findDeck } from '../shared/course.ts'
import { ChromiumNotFoundError, findChromium } from './chromium.ts'

/** Prints a message for a person, without a stack trace, and exits non-zero. */
export function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

/** The decks named on a command line (numbers or slugs), or all of them. */
export function decksFromArgs(args: string[], all: readonly Deck[] = DECKS): Deck[] {
  if (args.length === 0)
    return [...all]
  return args.map((arg) => {
    const deck = findDeck(arg)
    if (!deck)
      fail(`Deck inconnu : « ${arg} ». Decks disponibles :\n${DECKS.map(d => `  ${String(d.no).padStart(2, '0')}  ${d.slug}`).join('\n')}`)
    return deck
  })
}

/**
 * Runs a command, streaming its output; resolves with its exit code. With `quiet`, its output
 * is held back, and its errors are printed only if it fails.
 */
export function run(command: string, args: string[], options: { cwd?: string, env?: NodeJS.ProcessEnv, quiet?: boolean } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const { quiet, ...rest } = options
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit', ...rest })
    const errors: Buffer[] = []
    child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const status = code ?? (signal ? 1 : 0)
      if (status !== 0 && errors.length)
        process.stderr.write(Buffer.concat(errors))
      resolve(status)
    })
  })
}

/** The browser for a command line tool; without one, says how to install it and exits 1. */
export function chromiumOrFail(): FoundChromium {
  try {
    return findChromium()
  }
  catch (error) {
    if (error instanceof ChromiumNotFoundError)
      fail(error.message)
    throw error
  }
}

/** Slidev's options that take a value, and those that do not. */
const VALUE_FLAGS = ['remote', 'port', 'bind', 'theme', 'base']
const SWITCH_FLAGS = ['open', 'tunnel', 'inspect']

/**
 * `npm run dev 02 --remote secret` without `--`: npm keeps `--remote` for itself (the script sees
 * `npm_config_remote=true`) and passes `secret` as an argument. Returns the command the teacher
 * meant, or undefined when nothing was lost.
 */
export function forgottenDashes(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const positional = args.filter(a => !a.startsWith('-'))
  const taken = [...VALUE_FLAGS, ...SWITCH_FLAGS].filter(f => env[`npm_config_${f}`] !== undefined)
  if (!taken.length)
    return undefined
  const deck = positional.length && /^\d+$|^\d\d-/.test(positional[0]) ? [positional.shift()!] : []
  const flags = taken.flatMap((f) => {
    const value = env[`npm_config_${f}`]
    if (SWITCH_FLAGS.includes(f))
      return [`--${f}`]
    if (value !== 'true' && value !== '')
      return [`--${f}`, value!]
    return [`--${f}`, positional.shift() ?? `<${f === 'remote' ? 'mot-de-passe' : 'valeur'}>`]
  })
  return `npm run ${script} -- ${[...deck, ...flags, ...positional, ...args.filter(a => a.startsWith('-'))].join(' ')}`
}

/** A duration for a person: "6 min 12 s", "48 s". */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000)
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`
}
