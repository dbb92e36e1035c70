import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import DeckLink from '../../components/DeckLink.vue'
import NextChapter from '../../components/NextChapter.vue'
import { slidev } from './support/slidev.ts'

vi.mock('@slidev/client', async () => (await import('./support/slidev.ts')).slidevClientMock)

beforeEach(() => slidev.reset())

describe('deckLink', () => {
  it('links to another deck by a relative URL, named after it by default', () => {
    const link = mount(DeckLink, { props: { slug: '03-cri-o' } })
    expect(link.attributes('href')).toBe('../03-cri-o/')
    expect(link.text()).toBe('CRI-O')
  })
  it('links to a slide of that deck, with the text given', () => {
    const link = mount(DeckLink, { props: { slug: '05-interface-cri', slide: '6' }, slots: { default: 'le transport gRPC' } })
    expect(link.attributes('href')).toBe('../05-interface-cri/#/6')
    expect(link.text()).toBe('le transport gRPC')
  })
})

describe('nextChapter', () => {
  it('invites to the next chapter, with its title and what it answers', () => {
    slidev.deck = '02-containerd'
    const next = mount(NextChapter)
    expect(next.get('[data-testid=next-chapter-link]').attributes('href')).toBe('../03-cri-o/')
    expect(next.text()).toContain('Suite du module, chapitre 3/6\u00A0:')
    expect(next.text()).toContain('CRI-O →')
  })
  it('leads from the overview to chapter 1', () => {
    slidev.deck = '00-runtimes-et-cri'
    expect(mount(NextChapter).get('a').attributes('href')).toBe('../01-comprendre-les-runtimes/')
  })
  it('closes the module after the last chapter with the way back home', () => {
    slidev.deck = '06-docker-et-containerd'
    const end = mount(NextChapter)
    expect(end.get('a').attributes('href')).toBe('../')
    expect(end.text()).toContain('Fin du module.')
  })
})
