// Code style of the course: @antfu/eslint-config (the style of Slidev's own code), TypeScript and Vue.
import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: ['dist/**', 'tests/.output/**', 'slides/**', 'tests/fixtures/**/*.md'],
}, {
  rules: {
    // Splits every short ternary and array over several lines; the code reads better without it.
    'antfu/reasonable-newline': 'off',
  },
})
