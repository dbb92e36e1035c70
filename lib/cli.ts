import type { FoundChromium } from './chromium.ts'
import type { Deck } from './course.ts'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { ChromiumNotFoundError, findChromium } from './chromium.ts'
import { DECKS, findDeck } from './course.ts'

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

/** Runs a command with this process's Node, streaming its output; resolves with its exit code. */
export function run(command: string, args: string[], options: { cwd?: string, env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
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
