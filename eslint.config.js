// Code style of the course: @antfu/eslint-config (the style of Slidev's own code), TypeScript and Vue.
// Also the layout guard: what the slides load (browser/, shared/, components/, setup/, styles/,
// the root .vue files) never imports Node's modules, the Node tooling, or node/.
import antfu from '@antfu/eslint-config'

/** Modules that only run in Node: built-ins, and the packages the tooling uses. */
export const NODE_ONLY = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'child_process',
  'os',
  'url',
  'http',
  'net',
  'module',
  'process',
  'buffer',
  'stream',
  'worker_threads',
  'playwright',
  'playwright-*',
  'pdf-lib',
  '@lillallol/outline-pdf',
  'jsdom',
  '@slidev/parser',
  '@slidev/cli',
  'sirv',
  'workbox-build',
  'yaml',
]

const message = 'Ce fichier est chargé par les diapositives : il ne peut pas importer un module Node (node/, node:*, Playwright, pdf-lib, jsdom…).'

export const BROWSER_SIDE = ['browser/**', 'components/**', 'setup/**', 'styles/**', '*.vue']

const sharedMessage = 'Ce fichier de shared/ sert aux diapositives et aux outils Node : il ne peut importer ni un module Node, ni Vue, ni Slidev, ni browser/.'

function guard(files, groups, text) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: groups, message: text }] }],
      // antfu's own two selectors, kept, plus dynamic imports of Node modules.
      'no-restricted-syntax': ['error', 'TSEnumDeclaration[const=true]', 'TSExportAssignment', {
        selector: 'ImportExpression > Literal[value=/^(?:node:|playwright|pdf-lib|jsdom|@slidev\\/parser|\\.\\.?\\/(?:\\.\\.\\/)*node\\/)/]',
        message: text,
      }],
    },
  }
}

// Playwright's waitForFunction polls a synchronous predicate: an async one returns a Promise,
// which is truthy, so the wait ends at once (microsoft/playwright#29132). Only an inline function
// can be seen here; a named predicate must be synchronous too (see node/bench-browser.ts).
const syncWait = {
  files: ['node/**', 'scripts/**', 'tests/**'],
  rules: {
    'no-restricted-syntax': ['error', 'TSEnumDeclaration[const=true]', 'TSExportAssignment', {
      selector: 'CallExpression[callee.property.name="waitForFunction"] > :function[async=true]',
      message: 'waitForFunction attend une condition synchrone : une fonction async rend une Promise, toujours vraie, et l’attente finit tout de suite. Attendre la condition, puis les promesses avec page.evaluate.',
    }],
  },
}

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: ['dist/**', 'tests/.output/**', 'slides/**', 'tests/fixtures/**/*.md', 'tests/fixtures/layout/**'],
}, {
  rules: {
    // Splits every short ternary and array over several lines; the code reads better without it.
    'antfu/reasonable-newline': 'off',
  },
}, guard(BROWSER_SIDE, [...NODE_ONLY, '**/node/*', '**/scripts/*'], message), guard(['shared/**'], [...NODE_ONLY, '**/node/*', '**/scripts/*', '**/browser/*', 'vue', '@slidev/*'], sharedMessage), syncWait)
