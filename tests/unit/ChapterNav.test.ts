import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ChapterNav from '../../components/ChapterNav.vue'

describe('chapterNav', () => {
  it('shows the module, the chapter out of six and the slide', () => {
    const nav = mount(ChapterNav, { props: { slug: '02-containerd', page: 3, total: 14 } })
    expect(nav.text().replace(/\s+/g, ' ')).toContain('Runtimes & CRI · chapitre 2/6 · 3/14')
  })
  it('links to the course home and to the previous and next decks, relatively', () => {
    const nav = mount(ChapterNav, { props: { slug: '02-containerd' } })
    expect(nav.get('[data-testid=nav-home]').attributes('href')).toBe('../')
    expect(nav.get('[data-testid=nav-previous]').attributes('href')).toBe('../01-comprendre-les-runtimes/')
    expect(nav.get('[data-testid=nav-next]').attributes('href')).toBe('../03-cri-o/')
  })
  it('says that its links lead to another chapter, not to the next slide', () => {
    const nav = mount(ChapterNav, { props: { slug: '02-containerd' } })
    expect(nav.get('[data-testid=nav-next]').text()).toBe('chapitre suivant →')
    expect(nav.get('[data-testid=nav-previous]').text()).toBe('← chapitre précédent')
    expect(nav.get('[data-testid=nav-next]').attributes('title')).toBe('Chapitre suivant\u00A0: CRI-O')
  })
  it('names the overview and offers no previous deck there', () => {
    const nav = mount(ChapterNav, { props: { slug: '00-runtimes-et-cri' } })
    expect(nav.text()).toContain('vue d’ensemble')
    expect(nav.find('[data-testid=nav-previous]').exists()).toBe(false)
    expect(nav.get('[data-testid=nav-next]').attributes('href')).toBe('../01-comprendre-les-runtimes/')
  })
  it('offers no next deck after the last chapter', () => {
    const nav = mount(ChapterNav, { props: { slug: '06-docker-et-containerd' } })
    expect(nav.text()).toContain('chapitre 6/6')
    expect(nav.find('[data-testid=nav-next]').exists()).toBe(false)
  })
  it('accepts numbers written as Markdown attributes (strings)', () => {
    const nav = mount(ChapterNav, { props: { slug: '01-comprendre-les-runtimes', page: '2', total: '12' } })
    expect(nav.text()).toContain('2/12')
  })
  it('keeps the position but no links on a printed page', () => {
    const nav = mount(ChapterNav, { props: { slug: '02-containerd', page: 3, total: 14, links: false } })
    expect(nav.text().replace(/\s+/g, ' ')).toContain('Runtimes & CRI · chapitre 2/6 · 3/14')
    expect(nav.findAll('a')).toHaveLength(0)
  })
  it('renders nothing for a deck outside the course', () => {
    const nav = mount(ChapterNav, { props: { slug: 'broken-deck' } })
    expect(nav.find('nav').exists()).toBe(false)
  })
})
