import { defineAppSetup } from '@slidev/types'
import { slides } from '#slidev/slides'
import { firstSlideFirst } from '../browser/first-slide-first'

// Runs once per deck, before the first slide is drawn.
export default defineAppSetup(({ router }) => {
  firstSlideFirst(slides.value, () => Number(router.currentRoute.value.params.no) || 1)
})
