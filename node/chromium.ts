import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import process from 'node:process'

/** Where a browser was found, and how. */
export interface FoundChromium {
  path: string
  source: 'CHROMIUM_PATH' | 'system' | 'playwright'
}

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError'
}

/** Well-known places of a system Chromium or Chrome, in order of preference. */
export const SYSTEM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

export const INSTALL_HINT = [
  'Installez un navigateur Chromium, au choix :',
  '  - Debian / Ubuntu : sudo apt-get install chromium',
  '  - le navigateur de Playwright : npx playwright install chromium',
  '  - ou indiquez-en un : CHROMIUM_PATH=/chemin/vers/chromium',
].join('\n')

function playwrightChromium(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-chromium') as typeof import('playwright-chromium')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/**
 * The one way the course finds a browser, for tests and exports alike:
 * `CHROMIUM_PATH` when set (and then nothing else), a system Chromium, then Playwright's own.
 */
export function findChromium(options: {
  env?: Record<string, string | undefined>
  candidates?: readonly string[]
  playwright?: () => string | undefined
  exists?: (path: string) => boolean
} = {}): FoundChromium {
  const { env = process.env, candidates = SYSTEM_CANDIDATES, playwright = playwrightChromium, exists = existsSync } = options
  const explicit = env.CHROMIUM_PATH
  if (explicit) {
    if (!exists(explicit))
      throw new ChromiumNotFoundError(`CHROMIUM_PATH indique « ${explicit} », qui n’existe pas.\n${INSTALL_HINT}`)
    return { path: explicit, source: 'CHROMIUM_PATH' }
  }
  const system = candidates.find(c => exists(c))
  if (system)
    return { path: system, source: 'system' }
  const own = playwright()
  if (own && exists(own))
    return { path: own, source: 'playwright' }
  throw new ChromiumNotFoundError(`Aucun navigateur Chromium trouvé.\n${INSTALL_HINT}`)
}

/**
 * Flags for a headless Chromium on a closed network: no background
 * connections, no first-run work, and no sandbox when running as root (CI).
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
    '--font-render-hinting=none',
  ]
  if (process.getuid?.() === 0)
    args.push('--no-sandbox')
  return args
}
