import { ChromiumNotFoundError, findChromium } from '../lib/chromium.ts'
// npm run chromium: prints the browser that tests and exports will use, or how to install one.
import { fail } from '../lib/cli.ts'

try {
  const { path, source } = findChromium()
  console.log(`${path}  (${source})`)
}
catch (error) {
  if (error instanceof ChromiumNotFoundError)
    fail(error.message)
  throw error
}
