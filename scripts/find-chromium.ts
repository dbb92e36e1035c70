// npm run chromium: prints the browser that tests and exports will use, or how to install one.
import { chromiumOrFail } from '../node/cli.ts'

const { path, source } = chromiumOrFail()

console.log(`${path}  (${source})`)
