import { defineShikiSetup } from '@slidev/types'

// vitesse-light, Slidev's default, writes comments at 2.1:1 and punctuation at 2.6:1 on the code
// background: invisible on a projector. GitHub's high-contrast light theme keeps every token at
// 4.5:1 or more (tests/unit/palette.test.ts checks the comments).
export default defineShikiSetup(() => ({
  themes: {
    light: 'github-light-high-contrast',
    dark: 'github-dark-high-contrast',
  },
}))
